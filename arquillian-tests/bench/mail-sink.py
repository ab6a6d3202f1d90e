# A minimal SMTP server for benchmarks/mail.sh: accepts every mail and writes one line per mail to the file named by
# its second argument: the arrival time (epoch seconds) and the Message-ID. Listens on 127.0.0.1 at the first argument.
import sys
import time
import warnings

# asyncore and smtpd are deprecated but still in Python 3.11, and need nothing installed
warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402
port, log_path = int(sys.argv[1]), sys.argv[2]
log = open(log_path, "a", buffering=1)


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        arrived = time.time()
        message_id = "-"
        for line in data.splitlines():
            if line.lower().startswith(b"message-id:"):
                message_id = line.split(b":", 1)[1].strip().decode("ascii", "replace")
                break
        log.write(f"{arrived:.3f} {message_id}\n")


Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop(timeout=0.2)
