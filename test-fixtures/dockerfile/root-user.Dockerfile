# Internal metrics exporter.
FROM python:3.13-slim@sha256:4c2a0e4f8d5b6a7c9e1f3b5d7a9c1e3f5b7d9a1c3e5f7b9d1a3c5e7f9b1d3a5c

WORKDIR /srv/exporter
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY exporter/ ./exporter/

# The exporter reads host metrics from /proc, which the author thought needed root.
USER root
EXPOSE 9100
CMD ["python", "-m", "exporter", "--port", "9100"]
