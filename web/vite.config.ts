import { defineConfig } from 'vitest/config';

// The dev server forwards the API (and its WebSocket) to a local `salient serve`.
const backend = process.env.SALIENT_BACKEND ?? 'http://127.0.0.1:8080';

// JSX goes through esbuild directly: no @vitejs/plugin-react, so the toolchain stays
// small and installs with Node 20 / npm 10. (No fast refresh; a full reload is fine.)
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false, ws: true },
      '/healthz': { target: backend },
      '/readyz': { target: backend },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      onwarn(warning, warn) {
        // antd marks its files "use client" (for React Server Components); harmless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        manualChunks(id: string): string | undefined {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/.test(id)) return 'antd';
          // Charts load with the first page that draws one, not with the shell.
          if (/[\\/]node_modules[\\/](echarts|zrender)[\\/]/.test(id)) return 'echarts';
          // Likewise the flow diagrams (rule designer, approval chain).
          if (/[\\/]node_modules[\\/](@xyflow|d3-[^\\/]+|zustand|classcat)[\\/]/.test(id)) return 'xyflow';
          return 'vendor';
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
