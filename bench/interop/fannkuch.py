# Fannkuch-redux, mono-language Python: pancake flips over every permutation, with the
# checksum.  Prints what bench/php/fannkuch.php prints.  `flips` is the hot function the
# composed form calls from PHP.


def flips(perm1):
    perm = list(perm1)
    count = 0
    k = perm[0]
    while k != 0:
        i = 0
        j = k
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        count += 1
        k = perm[0]
    return count


def fannkuch(n, flips=flips):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        f = flips(perm1)
        if f > max_flips:
            max_flips = f
        checksum += sign * f
        while True:                 # the next permutation, in the order the checksum expects
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


if __name__ == "__main__":
    checksum, max_flips = fannkuch(9)
    print(checksum)
    print("Pfannkuchen(9) = %d" % max_flips)
