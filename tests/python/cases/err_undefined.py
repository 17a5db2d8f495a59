def show():
    print("before")
    return undefined_name + 1
show()
