# citybot, the Telegram bot, in a container. The chat state lives on the volume /var/lib/citybot.
#
#   docker build -t citybot .
#   docker run -d --name citybot --restart unless-stopped \
#       -e TELEGRAM_BOT_TOKEN=123456:ABC... -v citybot-state:/var/lib/citybot citybot
#
# or `docker compose up -d` with compose.yaml. Any `citybot` command runs the same way:
# `docker run --rm citybot ask "where does Shanghai rank?"`.

# The wheel is built with the data and the index built from it (tools/citybot_build.py) ...
FROM python:3.11-slim AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# ... so the image installs only what answering needs: no pandas, no build at start.
FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl \
    && rm -rf /wheels \
    && useradd --system --uid 10001 --home-dir /var/lib/citybot --shell /usr/sbin/nologin citybot \
    && mkdir -p /var/lib/citybot \
    && chown citybot:citybot /var/lib/citybot
ENV CITYBOT_STATE_DIR=/var/lib/citybot \
    CITYBOT_INDEX_DIR=/tmp/citybot-index \
    PYTHONUNBUFFERED=1
USER citybot
WORKDIR /var/lib/citybot
VOLUME ["/var/lib/citybot"]
# SIGTERM (docker stop) finishes the answers in flight and writes the state before exiting.
# SIGHUP (docker kill -s HUP) reloads the data folder; the image's own data changes only with a
# new image, and a data folder mounted in (CITYBOT_DATA) needs its index built outside (no build
# tools here): see the README, "In a container".
STOPSIGNAL SIGTERM
ENTRYPOINT ["citybot"]
CMD ["run"]
