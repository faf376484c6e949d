import { afterAll, beforeAll } from 'vitest';
import {
  type PipelineCloud,
  type PipelineCloudHost,
  startPipelineCloud,
} from './pipeline-cloud.js';

/**
 * Starts a {@link startPipelineCloud} cloud before the suite's tests (30
 * seconds allowed) and stops it after them. Call it inside `describe`;
 * the returned function gives the running cloud.
 *
 * @example
 * const pipeline = usePipelineCloud(startLocalCloud);
 * it('stores', async () => {
 *   await pipeline().seed({ orderId: 'ord-1', status: 'PAID' });
 * });
 */
export function usePipelineCloud<
  Cloud extends PipelineCloudHost & { stop(): Promise<void> },
>(
  startLocalCloud: (options: { port: number }) => Promise<Cloud>,
): () => PipelineCloud<Cloud> {
  let pipeline: PipelineCloud<Cloud> | undefined;

  beforeAll(async () => {
    pipeline = await startPipelineCloud(startLocalCloud);
  }, 30_000);

  afterAll(async () => {
    await pipeline?.cloud.stop();
  });

  return () => {
    if (!pipeline) {
      throw new Error(
        'The pipeline cloud is not running: use it inside a test.',
      );
    }
    return pipeline;
  };
}
