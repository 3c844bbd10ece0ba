# The Shabaka app (CLI, HTTP server and built viewer) on Node 20; docker-compose.yml runs it against Neo4j.
FROM node:20-bookworm-slim AS build
# better-sqlite3 has no downloadable prebuilt binary in every setup, so it may compile from source.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10.34.8
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# The workspace keeps its symlinked node_modules, so copy it whole rather than re-installing without compilers.
COPY --from=build /app /app
EXPOSE 5178
CMD ["node", "apps/cli/dist/bin.js", "serve", "--host", "0.0.0.0", "--store", "neo4j://neo4j:7687"]
