p 2**64, 2**100 - 1, (2**64).class, -(2**70), 10**20 / 3, 10**20 % 7, (10**20).divmod(-7)
p 123456789 * 987654321 * 1000000007, (2**64).to_s(16), (3**50).digits.first(3), (2**100).bit_length
p 100.digits, 255.to_s(2), "ff".to_i(16), 10.gcd(4), 10.lcm(4), 7.fdiv(2), 10.pow(20, 7), 2.pow(100)
p Integer.sqrt(10**20), Integer.sqrt(99), 17.divmod(5), -17.divmod(5), 17.remainder(-5), -7 / 2, -7 % 3
p 1.upto(4).to_a, 4.downto(1).map { _1 * 2 }, 1.step(10, 3).to_a, 5.times.sum, 3.times.map { |i| i * i }
p (1..20).reduce(:*), (1..30).reduce(:*) / (1..28).reduce(:*), 2**62 + 2**62, (2**63) - 1 + 1
p 12.5.round, 13.5.round, 2.675.round(2), 1234.5678.floor(2), 1234.5678.ceil(-2), -2.5.round, 2.5.round(half: :even)
p 1e20.to_i, 1.0 / 3, 2.0**0.5, 10.0.to_s, 1e100, 1.23e-5, 100.0.to_i, 3.7 % 1, -3.7.truncate, 0.1 + 0.2
p 5.between?(1, 10), 5.clamp(1, 3), 0.zero?, 3.positive?, -3.negative?, 4.even?, 7.pred, 7.succ, -5.abs
p (2**80).even?, (2**80 + 1).odd?, (2**80) <=> (2**81), [2**70, 1, 2**65].max, (2**70).hash == (2**70).hash
p 1_000_000.to_s.reverse.scan(/\d{1,3}/).join(",").reverse, 0b1010, 0o17, 0xff
