import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSegmentStore,
  createUdpSegmentSink,
  createXRayDaemon,
  DATAGRAM_HEADER,
  type XRayDaemon,
} from '../../../src/xray/index.js';

const TRACE_ID = '1-6553f100-0123456789abcdef01234567';
const EPOCH = 1_700_000_000;

async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  socket.bind(0, '127.0.0.1');
  await once(socket, 'listening');
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

describe('the X-Ray daemon on UDP', () => {
  let daemon: XRayDaemon | undefined;
  afterEach(async () => {
    await daemon?.close();
    daemon = undefined;
    delete process.env.LOCAL_CLOUD_XRAY_PORT;
  });

  it('keeps the completed version of a segment first sent in progress', async () => {
    const store = createSegmentStore();
    daemon = await createXRayDaemon({ store, port: 0 });
    const sink = createUdpSegmentSink(daemon.address);
    const open = {
      id: '53995c3f42cd8ad8',
      trace_id: TRACE_ID,
      name: 'fulfillment',
      start_time: EPOCH,
      in_progress: true,
    };

    sink.send(open);
    sink.send({ ...open, in_progress: undefined, end_time: EPOCH + 1.5 });
    await sink.flush();
    await daemon.settled();
    await sink.close();

    const stored = store.getTrace(TRACE_ID)?.documents.get(open.id);
    expect(stored).toMatchObject({ end_time: EPOCH + 1.5 });
    expect(stored?.in_progress).toBeUndefined();
    expect(store.stats()).toMatchObject({ stored: 2, completed: 1 });
  });

  it('stores a document that fills the largest UDP datagram', async () => {
    const store = createSegmentStore();
    daemon = await createXRayDaemon({ store, port: 0 });
    const socket = createSocket('udp4');
    const padding = 'x'.repeat(65_300);
    const body = JSON.stringify({
      id: '53995c3f42cd8ad8',
      trace_id: TRACE_ID,
      name: 'big',
      start_time: EPOCH,
      end_time: EPOCH,
      metadata: { padding },
    });

    const port = daemon.port;
    const sendError = await new Promise<Error | null>((resolve) =>
      socket.send(
        Buffer.from(`${DATAGRAM_HEADER}\n${body}`),
        port,
        '127.0.0.1',
        resolve,
      ),
    );
    await daemon.settled();
    socket.close();

    expect(sendError).toBeNull();
    expect(store.stats()).toMatchObject({ stored: 1, dropped: {} });
  });

  it('listens on LOCAL_CLOUD_XRAY_PORT when no port is given', async () => {
    const port = await freeUdpPort();
    process.env.LOCAL_CLOUD_XRAY_PORT = String(port);

    daemon = await createXRayDaemon({ store: createSegmentStore() });

    expect(daemon.address).toBe(`127.0.0.1:${port}`);
  });

  it('releases a pending settled() when it closes', async () => {
    daemon = await createXRayDaemon({ store: createSegmentStore(), port: 0 });
    const settled = daemon.settled();

    await daemon.close();
    daemon = undefined;

    await expect(settled).resolves.toBeUndefined();
  });
});
