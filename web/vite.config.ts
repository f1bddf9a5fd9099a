import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.MOSAIC_API ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Monaco (GraphiQL) is large by nature; it only loads on the IDE page.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, "index.html"),
        graphiql: resolve(import.meta.dirname, "graphiql.html"),
      },
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler "use no memo" directives; dropping them when bundling is harmless.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  worker: { format: "es" },
  server: {
    proxy: {
      "/graphql": {
        target: api,
        changeOrigin: true,
        // A browser opening /graphql in development gets the local IDE entry, as the server does in production.
        bypass(req) {
          if (req.method === "GET" && req.headers.accept?.includes("text/html")) return "/graphiql.html";
          return undefined;
        },
      },
    },
  },
});
