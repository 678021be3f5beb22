import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  plugins: [react()],
  publicDir: "assets/public",
  server: { port, strictPort: true, host: "127.0.0.1" },
  preview: { port, strictPort: true, host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: true,
    rollupOptions: {
      input: {
        app: resolve(import.meta.dirname, "index.html"),
        redirect: resolve(import.meta.dirname, "redirect.html"),
        parent: resolve(import.meta.dirname, "parent.html"),
      },
    },
  },
});
