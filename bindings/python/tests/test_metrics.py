import prometheus_client

from scrubline.metrics import PrometheusEvidence


def test_prometheus_counters(scrubber):
    registry = prometheus_client.CollectorRegistry()
    evidence = PrometheusEvidence(registry=registry)
    evidence.observe(scrubber.redact("a@b.co and c@d.co key AKIAQYLPMN5HHHFPZAM2").report)
    evidence.observe(scrubber.redact("nothing").report)
    get = registry.get_sample_value
    assert get("scrubline_findings_total", {"entity": "EMAIL_ADDRESS"}) == 2
    assert get("scrubline_category_findings_total", {"category": "secret"}) == 1
    assert get("scrubline_scans_total") == 2
    text = prometheus_client.generate_latest(registry).decode()
    assert "a@b.co" not in text
