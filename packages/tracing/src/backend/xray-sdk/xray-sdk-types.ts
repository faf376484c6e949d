import type { AnnotationValue } from '../../model/subsegment-document.js';

/**
 * The parts of an `aws-xray-sdk-core` segment or subsegment used here.
 *
 * @example
 * const segment: SdkSegment | undefined = AWSXRay.getSegment();
 */
export interface SdkSegment {
  id: string;
  trace_id?: string;
  segment?: { trace_id?: string; notTraced?: boolean };
  notTraced?: boolean;
  facade?: boolean;
  addNewSubsegment(name: string): SdkSegment;
  addAnnotation(key: string, value: AnnotationValue): void;
  addMetadata(key: string, value: unknown, namespace?: string): void;
  addError(error: Error | string, remote?: boolean): void;
  close(error?: Error | string | null): void;
}

/**
 * The parts of the `aws-xray-sdk-core` module the SDK backend uses; pass
 * the module itself (`import AWSXRay from 'aws-xray-sdk-core'`).
 *
 * @example
 * createXRaySdkBackend({ sdk: AWSXRay as XRaySdk });
 */
export interface XRaySdk {
  getSegment(): SdkSegment | undefined;
  setSegment(segment: SdkSegment): void;
  getNamespace(): { runAndReturn<Result>(work: () => Result): Result };
  captureAWSv3Client<Client>(client: Client): Client;
  captureHTTPsGlobal(module: unknown, downstreamXRayEnabled?: boolean): void;
}
