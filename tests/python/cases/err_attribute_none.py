# a classic bug: a function returns None on one path and the caller uses the result
def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user

users = [{"name": "ann", "email": "ann@example.com"}, {"name": "bob", "email": "bob@example.com"}]
for name in ["ann", "bob"]:
    print(name, find_user(users, name)["email"])
class Box:
    def __init__(self):
        self.content = None
box = Box()
print(box.content)
print(find_user(users, "zed").get("email"))
