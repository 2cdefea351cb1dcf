RUN echo "instructions before FROM are rejected"
FROM alpine:3.22 AS
COPPY app /app
ENV LOG_LEVEL
RUN <<EOF
echo "this heredoc is never closed"
