import io
import logging

import pytest

import scrubline
import scrubline.logging as slog

AWS = "AKIAQYLPMN5HHHFPZAM2"


@pytest.fixture
def capture():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s %(user)s"))
    logger = logging.getLogger("scrubline-test.child")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger, handler, stream
    logger.removeHandler(handler)


def test_filter_redacts_message_args_and_extra(capture):
    logger, handler, stream = capture
    flt = slog.RedactingFilter()
    handler.addFilter(flt)
    try:
        logger.info("login key=%s ok", AWS, extra={"user": "bob@example.com"})
    finally:
        handler.removeFilter(flt)
    out = stream.getvalue()
    assert out == "INFO login key=[AWS_ACCESS_KEY_ID] ok [EMAIL_ADDRESS]\n"


def test_install_covers_every_logger_and_tracebacks(capture):
    logger, handler, stream = capture
    seen = []
    slog.install(on_report=seen.append)
    try:
        try:
            raise ValueError(f"bad key {AWS}")
        except ValueError:
            logger.exception("failed for %s", "bob@example.com", extra={"user": "x"})
    finally:
        slog.uninstall()
    out = stream.getvalue()
    assert AWS not in out and "bob@example.com" not in out
    assert "[AWS_ACCESS_KEY_ID]" in out and "ValueError" in out
    assert seen and sum(r.findings for r in seen) == 2
    # Uninstalled: records pass as they are.
    logger.info("plain %s", "bob@example.com", extra={"user": "x"})
    assert stream.getvalue().endswith("plain bob@example.com x\n")


def test_filter_never_drops_records(capture):
    logger, handler, stream = capture
    flt = slog.RedactingFilter(scrubline.Scrubber())
    assert flt.filter(logging.LogRecord("n", logging.INFO, "f", 1, "nothing %d", (3,), None))


def test_argument_mismatch_never_raises_and_stays_redacted(capture):
    logger, handler, stream = capture
    slog.install()
    try:
        # Two placeholders, one argument: stdlib reports it, never raises.
        logger.info("key %s and %s", AWS, extra={"user": "x"})
    finally:
        slog.uninstall()
    out = stream.getvalue()
    assert AWS not in out and "[AWS_ACCESS_KEY_ID]" in out


def test_handle_error_output_is_redacted(capture, capsys):
    logger, handler, stream = capture

    class Broken(logging.Formatter):
        def format(self, record):
            raise RuntimeError("formatter failed")

    handler.setFormatter(Broken())
    slog.install()
    try:
        try:
            raise ValueError(f"token {AWS} for bob@example.com")
        except ValueError:
            logger.error("while handling %s", AWS)
    finally:
        slog.uninstall()
    err = capsys.readouterr().err
    assert "--- Logging error ---" in err and "formatter failed" in err
    assert AWS not in err and "bob@example.com" not in err
