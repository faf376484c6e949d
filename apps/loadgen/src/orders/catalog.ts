import type { ShippingAddress } from '@org/domain';

/** Given names customers are drawn from. */
export const GIVEN_NAMES = [
  'ada',
  'grace',
  'alan',
  'edsger',
  'barbara',
  'donald',
  'frances',
  'john',
  'margaret',
  'ken',
  'radia',
  'tim',
  'lin',
  'noor',
] as const;

/** Family names customers are drawn from. */
export const FAMILY_NAMES = [
  'lovelace',
  'hopper',
  'turing',
  'dijkstra',
  'liskov',
  'knuth',
  'allen',
  'backus',
  'hamilton',
  'thompson',
  'perlman',
  'lee',
  'chen',
  'haddad',
] as const;

/** Real-looking shipping addresses in several countries. */
export const ADDRESSES: readonly ShippingAddress[] = [
  {
    line1: '12 Analytical Way',
    city: 'London',
    postalCode: 'N1 9GU',
    country: 'GB',
  },
  {
    line1: 'Invalidenstrasse 117',
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
  },
  {
    line1: '8 Rue de Rivoli',
    city: 'Paris',
    postalCode: '75004',
    country: 'FR',
  },
  {
    line1: '410 Terry Ave N',
    city: 'Seattle',
    postalCode: '98109',
    country: 'US',
  },
  {
    line1: 'Calle de Alcala 42',
    city: 'Madrid',
    postalCode: '28014',
    country: 'ES',
  },
  {
    line1: 'Keizersgracht 324',
    city: 'Amsterdam',
    postalCode: '1016 EZ',
    country: 'NL',
  },
  {
    line1: '1-1 Marunouchi',
    city: 'Tokyo',
    postalCode: '100-0005',
    country: 'JP',
  },
  { line1: '200 George St', city: 'Sydney', postalCode: '2000', country: 'AU' },
];

/** Products with their unit prices, in the currency of the order. */
export const PRODUCTS = [
  { sku: 'BOOK-TAOCP-1', unitPrice: 59.99 },
  { sku: 'MUG-LAMBDA', unitPrice: 12.5 },
  { sku: 'SHIRT-XRAY-M', unitPrice: 24 },
  { sku: 'STICKER-PACK', unitPrice: 3.2 },
  { sku: 'KEYBOARD-60', unitPrice: 89.9 },
  { sku: 'CABLE-USBC-2M', unitPrice: 9.95 },
  { sku: 'LAMP-DESK', unitPrice: 34.75 },
] as const;

/** Currencies orders are priced in. */
export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
