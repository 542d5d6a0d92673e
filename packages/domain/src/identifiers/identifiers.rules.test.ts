import { describe, expect, it } from 'vitest';
import { isValidCpr, maskCpr, normalizeCpr } from './cpr.rules.js';
import { isValidCvr, isValidPNummer } from './cvr.rules.js';
import { isSameMyndighed, isValidJobcenternummer, myndighedskodeOf } from './jobcenter.rules.js';

describe('R22 CPR-nummer', () => {
  it('accepts a number that fails modulus 11 (issued since 2007)', () => {
    // weights 4,3,2,7,6,5,4,3,2,1 give 84 for 0101901234: not divisible by 11
    expect(isValidCpr('0101901234')).toBe(true);
  });
  it('accepts a dash after the sixth digit and stores without it', () => {
    expect(normalizeCpr('010190-1234')).toBe('0101901234');
  });
  it('accepts 29 February in any year, since the century is not checked', () => {
    expect(isValidCpr('2902011234')).toBe(true);
  });
  it.each(['3002901234', '3204901234', '0013901234', '0100901234', '3104901234'])(
    'refuses the impossible date in %s',
    (cpr) => expect(isValidCpr(cpr)).toBe(false),
  );
  it.each(['010190123', '01019012345', '010190 1234', '01-0190-1234', 'abcdefghij', ''])(
    'refuses the malformed %j',
    (cpr) => expect(isValidCpr(cpr)).toBe(false),
  );
  it('accepts a future birth date (the century is unknown)', () => {
    expect(isValidCpr('3112991234')).toBe(true);
  });
  it('masks the serial number', () => {
    expect(maskCpr('0101901234')).toBe('010190-xxxx');
    expect(maskCpr('010190-1234')).toBe('010190-xxxx');
  });
});

describe('R23 CVR-nummer and P-nummer', () => {
  it.each(['31501202', '37200417', '41803576'])('accepts %s, which passes modulus 11', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });
  it('refuses a CVR whose checksum is off by one digit', () => {
    expect(isValidCvr('31501203')).toBe(false);
  });
  it.each(['3150120', '315012022', '3150120a', ''])('refuses the malformed CVR %j', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });
  it('accepts any 10 digits as P-nummer without a checksum', () => {
    expect(isValidPNummer('1017654321')).toBe(true);
    expect(isValidPNummer('0000000001')).toBe(true);
  });
  it.each(['101765432', '10176543210', '101765432x'])('refuses the P-nummer %j', (p) => {
    expect(isValidPNummer(p)).toBe(false);
  });
});

describe('R24 jobcenternummer and myndighed', () => {
  it('takes the first three digits as the myndighed', () => {
    expect(myndighedskodeOf('22301')).toBe('223');
  });
  it('treats 22300 and 22301 as one myndighed and 10100 as another (R19)', () => {
    expect(isSameMyndighed('22300', '22301')).toBe(true);
    expect(isSameMyndighed('22300', '10100')).toBe(false);
  });
  it.each(['2230', '223000', '22a00'])('refuses %j', (nummer) => {
    expect(isValidJobcenternummer(nummer)).toBe(false);
    expect(() => myndighedskodeOf(nummer)).toThrow(RangeError);
  });
});
