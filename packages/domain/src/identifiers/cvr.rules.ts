// R23: CVR-nummer is 8 digits with a modulus-11 check (weights 2,7,6,5,4,3,2,1);
// a P-nummer is 10 digits and no checksum is enforced.

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export function isValidCvr(input: string): boolean {
  if (!/^\d{8}$/.test(input)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(input[i]) * (CVR_WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

export function isValidPNummer(input: string): boolean {
  return /^\d{10}$/.test(input);
}
