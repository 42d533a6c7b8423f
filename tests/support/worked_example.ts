/**
 * The item statistics' worked example, computed by hand below: 10 students × 4 items, scored 0/1:
 *
 *            I1 I2 I3 I4   total
 *     S1      1  1  0  1     3
 *     S2      1  1  1  0     3
 *     S3      1  1  0  1     3
 *     S4      1  1  0  0     2
 *     S5      0  1  1  0     2
 *     S6      1  1  0  0     2
 *     S7      1  1  0  0     2
 *     S8      0  1  0  0     1
 *     S9      0  0  1  0     1
 *     S10     0  1  0  0     1
 *
 * Groups: 27% of 10 is 2.7, so 3 students each. Upper = S1–S3 (totals 3, 3, 3; the next has 2),
 * lower = S8–S10 (totals 1, 1, 1; the next has 2): no ties at either edge.
 *
 * Facility p = column sum / 10: I1 6/10 = 0.6, I2 9/10 = 0.9, I3 3/10 = 0.3, I4 2/10 = 0.2.
 *
 * Upper/lower D = (upper sum − lower sum) / 3:
 *   I1 (3 − 0)/3 = 1;  I2 (3 − 2)/3 = 1/3;  I3 (1 − 1)/3 = 0;  I4 (2 − 0)/3 = 2/3.
 *
 * Item–rest r: rest = total − item; with N = 10,
 *   Sxy = Σxr − N·x̄·r̄,  Sxx = Σx² − N·x̄²,  Syy = Σr² − N·r̄²,  r = Sxy / √(Sxx·Syy).
 *   I1: rest 2 2 2 1 2 1 1 1 1 1, Σr = 14, r̄ = 1.4, Σxr = 2+2+2+1+1+1 = 9, Σr² = 22
 *       Sxy = 9 − 10·0.6·1.4 = 0.6; Sxx = 6 − 3.6 = 2.4; Syy = 22 − 19.6 = 2.4; r = 0.6/2.4 = 0.25
 *   I2: rest 2 2 2 1 1 1 1 0 1 0, Σr = 11, r̄ = 1.1, Σxr = 11 − 1 (S9) = 10, Σr² = 17
 *       Sxy = 10 − 9.9 = 0.1; Sxx = 9 − 8.1 = 0.9; Syy = 17 − 12.1 = 4.9; r = 0.1/√4.41 = 0.1/2.1 ≈ 0.0476
 *   I3: rest 3 2 3 2 1 2 2 1 0 1, Σr = 17, r̄ = 1.7, Σxr = 2+1+0 = 3, Σr² = 37
 *       Sxy = 3 − 5.1 = −2.1; Sxx = 3 − 0.9 = 2.1; Syy = 37 − 28.9 = 8.1; r = −2.1/√17.01 ≈ −0.5092
 *   I4: rest 2 3 2 2 2 2 2 1 1 1, Σr = 18, r̄ = 1.8, Σxr = 2+2 = 4, Σr² = 36
 *       Sxy = 4 − 3.6 = 0.4; Sxx = 2 − 0.4 = 1.6; Syy = 36 − 32.4 = 3.6; r = 0.4/√5.76 = 0.4/2.4 ≈ 0.1667
 */
export const WORKED = [
	[1, 1, 0, 1],
	[1, 1, 1, 0],
	[1, 1, 0, 1],
	[1, 1, 0, 0],
	[0, 1, 1, 0],
	[1, 1, 0, 0],
	[1, 1, 0, 0],
	[0, 1, 0, 0],
	[0, 0, 1, 0],
	[0, 1, 0, 0]
];
