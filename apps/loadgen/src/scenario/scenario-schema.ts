import { z } from 'zod';

/**
 * The functions of the pipeline whose reserved concurrency a scenario may
 * set.
 *
 * @example
 * PipelineFunction.Fulfillment; // 'fulfillment'
 */
export const PipelineFunction = {
  OrderValidation: 'order-validation',
  PaymentProcessing: 'payment-processing',
  Fulfillment: 'fulfillment',
} as const;

/** One of the values of {@link PipelineFunction}. */
export type PipelineFunction =
  (typeof PipelineFunction)[keyof typeof PipelineFunction];

const share = z.number().min(0).max(1);
const positiveInteger = z.number().int().positive();

const faultsSchema = z.strictObject({
  tableThroughput: z
    .strictObject({ read: positiveInteger, write: positiveInteger })
    .optional(),
  reservedConcurrency: z
    .partialRecord(
      z.enum(Object.values(PipelineFunction)),
      z.number().int().min(0),
    )
    .optional(),
  paymentProvider: z
    .strictObject({
      latencyMs: z.number().int().min(0).default(0),
      failureRate: share.default(0),
      hang: z.boolean().default(false),
    })
    .optional(),
  serviceLatencyMs: z.record(z.string().min(1), z.number().min(0)).optional(),
});

/**
 * The schema of a scenario file (JSON): how many orders, how fast, which
 * share is poison or duplicated, which faults to inject and how long to
 * wait for the orders to settle.
 *
 * Defaults: `concurrency` 10, no `rate` limit, `poisonShare` and
 * `duplicateShare` 0, `seed` 1, no faults, `settleSeconds` 60,
 * `pollIntervalMs` 1000.
 *
 * @example
 * const scenario = ScenarioSchema.parse(JSON.parse(text));
 */
export const ScenarioSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be kebab-case'),
  description: z.string().min(1),
  orders: positiveInteger.max(100_000),
  concurrency: positiveInteger.max(1_000).default(10),
  rate: z.number().positive().optional(),
  poisonShare: share.default(0),
  duplicateShare: share.default(0),
  seed: z.number().int().default(1),
  faults: faultsSchema.default({}),
  timeouts: z
    .strictObject({
      settleSeconds: z.number().positive().default(60),
      pollIntervalMs: positiveInteger.default(1_000),
    })
    .default({ settleSeconds: 60, pollIntervalMs: 1_000 }),
});

/** A validated scenario, defaults filled in. */
export type Scenario = z.infer<typeof ScenarioSchema>;

/** The faults of a validated scenario. */
export type ScenarioFaults = Scenario['faults'];
