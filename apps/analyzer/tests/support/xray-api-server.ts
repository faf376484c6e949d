export {
  startXRayApiServer,
  type XRayApiServer,
} from '@org/testing';
