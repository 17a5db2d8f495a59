def main():
    i = 0
    while i < 100000000:
        i += 1
    return i


print(main())
