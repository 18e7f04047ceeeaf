# Bot Inovasi Daerah: one container per Pemda, its data in the /data volume.
# There is no build step: the bot runs TypeScript through the tsx loader (a runtime dependency).

FROM node:24-slim AS deps
WORKDIR /app
# better-sqlite3 compiles its native module when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-slim
# DejaVu: the chart (Grafik) draws its labels with it; without a font the labels are left out.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    DATABASE_PATH=/data/inovasi.db \
    EVIDENCE_DIR=/data/bukti \
    BACKUP_DIR=/data/cadangan \
    PORT=8080 \
    HOST=0.0.0.0
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY locales ./locales
# The image's own "node" user (not root) owns only the data directory.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# node is PID 1's direct command (no npm, no shell), so SIGTERM reaches the bot and it shuts down cleanly.
CMD ["node", "--import", "tsx", "src/main.ts"]
