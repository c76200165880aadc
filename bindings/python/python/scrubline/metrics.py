"""Evidence counters: redactions per category and entity, as metrics.

Auditors want to see that the control operates over time: counts, never
content. Pass ``evidence.observe`` as ``on_report`` to the logging filter or
the ASGI middleware, or call it with any :class:`~scrubline.Report`.

Neither ``prometheus_client`` nor ``opentelemetry-api`` is a dependency of
scrubline; each class imports its package when constructed and raises
:class:`ImportError` with an install hint if it is missing.
"""

from __future__ import annotations

from typing import Any, Optional

from . import Report

__all__ = ["PrometheusEvidence", "OpenTelemetryEvidence"]


class PrometheusEvidence:
    """Feeds reports into ``prometheus_client`` counters:

    - ``{prefix}_findings_total{entity}`` and
      ``{prefix}_category_findings_total{category}`` -- redactions;
    - ``{prefix}_scanned_bytes_total`` and ``{prefix}_scans_total``.

    Args:
        registry: A ``CollectorRegistry`` (default: the global one).
        prefix: Metric name prefix (default ``scrubline``).
    """

    def __init__(self, registry: Any = None, prefix: str = "scrubline") -> None:
        try:
            import prometheus_client as prom
        except ImportError as e:  # pragma: no cover - exercised without the package
            raise ImportError("PrometheusEvidence needs `pip install prometheus-client`") from e
        kwargs = {} if registry is None else {"registry": registry}
        self.findings = prom.Counter(
            f"{prefix}_findings", "Findings redacted by scrubline, by entity", ["entity"], **kwargs
        )
        self.category_findings = prom.Counter(
            f"{prefix}_category_findings",
            "Findings redacted by scrubline, by category",
            ["category"],
            **kwargs,
        )
        self.scanned_bytes = prom.Counter(
            f"{prefix}_scanned_bytes", "Bytes scanned by scrubline", **kwargs
        )
        self.scans = prom.Counter(f"{prefix}_scans", "Calls scanned by scrubline", **kwargs)

    def observe(self, report: Report) -> None:
        """Adds one report's counts."""
        data = report.to_dict()
        self.scans.inc()
        self.scanned_bytes.inc(data["bytes_scanned"])
        for entity, n in data["by_entity"].items():
            self.findings.labels(entity=entity).inc(n)
        for category, n in data["by_category"].items():
            self.category_findings.labels(category=category).inc(n)


class OpenTelemetryEvidence:
    """Feeds reports into OpenTelemetry counters (``opentelemetry-api``):
    ``scrubline.findings`` (attribute ``entity``),
    ``scrubline.category_findings`` (attribute ``category``) and
    ``scrubline.scanned_bytes``.

    Args:
        meter: An OpenTelemetry ``Meter`` (default:
            ``metrics.get_meter("scrubline")``).
    """

    def __init__(self, meter: Optional[Any] = None) -> None:
        try:
            from opentelemetry import metrics
        except ImportError as e:  # pragma: no cover - exercised without the package
            raise ImportError("OpenTelemetryEvidence needs `pip install opentelemetry-api`") from e
        meter = meter or metrics.get_meter("scrubline")
        self.findings = meter.create_counter(
            "scrubline.findings", unit="1", description="Findings redacted by scrubline"
        )
        self.category_findings = meter.create_counter(
            "scrubline.category_findings", unit="1", description="Findings by category"
        )
        self.scanned_bytes = meter.create_counter(
            "scrubline.scanned_bytes", unit="By", description="Bytes scanned by scrubline"
        )

    def observe(self, report: Report) -> None:
        """Adds one report's counts."""
        data = report.to_dict()
        self.scanned_bytes.add(data["bytes_scanned"])
        for entity, n in data["by_entity"].items():
            self.findings.add(n, {"entity": entity})
        for category, n in data["by_category"].items():
            self.category_findings.add(n, {"category": category})
