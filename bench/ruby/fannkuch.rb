# Array permutations and flips: the fannkuch-redux benchmark.
def fannkuch(n)
  perm1 = (0...n).to_a
  count = [0] * n
  max_flips = 0
  checksum = 0
  r = n
  perm_count = 0
  loop do
    while r != 1
      count[r - 1] = r
      r -= 1
    end
    perm = perm1.dup
    flips = 0
    k = perm[0]
    while k != 0
      perm[0, k + 1] = perm[0, k + 1].reverse
      flips += 1
      k = perm[0]
    end
    max_flips = flips if flips > max_flips
    checksum += perm_count.even? ? flips : -flips
    loop do
      return [checksum, max_flips] if r == n
      perm0 = perm1[0]
      i = 0
      while i < r
        perm1[i] = perm1[i + 1]
        i += 1
      end
      perm1[r] = perm0
      count[r] -= 1
      break if count[r] > 0
      r += 1
    end
    perm_count += 1
  end
end
checksum, flips = fannkuch(8)
puts checksum, "Pfannkuchen(8) = #{flips}"
