# Fannkuch-redux: pancake flips over every permutation, with the checksum.
def fannkuch(n)
  perm1 = (0...n).to_a
  count = [0] * n
  max_flips = 0
  checksum = 0
  sign = 1
  r = n
  loop do
    while r != 1
      count[r - 1] = r
      r -= 1
    end
    perm = perm1.dup
    flips = 0
    k = perm[0]
    while k != 0
      perm[0..k] = perm[0..k].reverse!
      flips += 1
      k = perm[0]
    end
    max_flips = flips if flips > max_flips
    checksum += sign * flips
    loop do
      return [checksum, max_flips] if r == n
      perm1.insert(r, perm1.shift)
      count[r] -= 1
      break if count[r] > 0
      r += 1
    end
    sign = -sign
  end
end

checksum, flips = fannkuch(8)
puts checksum, "Pfannkuchen(8) = #{flips}"
