# syntax=docker/dockerfile:1
# mentor-match API image (the last stage), and the web image (`--target web`).
#   docker build -t mentor-match/api .
# The same image runs the API (default CMD) and the one-shot migration job
# (`npm run migration:run:prod`, see docker-compose.yml).
# Debian (glibc), not Alpine: usearch and @node-rs/argon2 ship glibc prebuilds.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

# ---- build: all deps, compile, then drop dev deps ---------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Toolchain only for a native addon without a prebuild for this platform.
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY . .
# The web app too (dist/web): the API serves it at / beside /api.
RUN npm run build \
    && npm run build:web \
    && npm prune --omit=dev --no-audit --no-fund \
    && npm cache clean --force

# ---- web: nginx with the built web app (docker-compose's `nginx` service) --------
#   docker build --target web -t mentor-match/web .
# The config comes from nginx/ (mounted by docker-compose.yml); only the files are baked in.
FROM nginx:1.28.0-alpine AS web
COPY --from=build /app/dist/web /usr/share/nginx/html

# ---- runtime (the default target) -------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
# Files stay owned by root: the app user can read them, not change them.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The search index snapshot (SEARCH_SNAPSHOT_PATH) is the one thing the app writes: its folder is the app user's.
RUN mkdir -p /app/.data/search && chown node:node /app/.data/search
# The unprivileged user that the official node image provides (uid 1000).
USER node
EXPOSE 3000
# No curl in slim images: probe liveness with Node's own fetch.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Graceful shutdown is the app's (SIGTERM: stop accepting, drain, exit).
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/api/src/main.js"]
