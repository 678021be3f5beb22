import { defineConfig } from "vitest/config";

// A hostile zone: code that forgets to name a time zone fails here instead of passing by luck.
process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: [
            "src/**/*.test.ts",
            "manifest/**/*.test.ts",
            "tests/unit/**/*.test.ts",
            "tests/contract/**/*.test.ts",
            "tests/build/**/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "component",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          // Typing with user-event through jsdom takes seconds per form on a busy two-core machine;
          // a slow machine must not fail the gate (waits inside tests keep their own limits).
          testTimeout: 20_000,
          setupFiles: ["tests/setup/component.ts"],
        },
      },
    ],
  },
});
