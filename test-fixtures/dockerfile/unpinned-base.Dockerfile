FROM node AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:latest
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER 10001
CMD ["node", "server.js"]
