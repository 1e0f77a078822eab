import { Flex, Spin } from 'antd';

/** Centered spinner for a page (or the whole app) that is still loading. */
export function FullPageSpin({ fullscreen = false }: { fullscreen?: boolean }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullscreen ? '100vh' : 320 }}>
      <Spin size="large" />
    </Flex>
  );
}
