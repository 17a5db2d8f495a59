# an uncaught custom exception raised deep in a call chain, after some output
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field

def check_age(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an int, got %s" % type(age).__name__)
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age

def validate(record):
    checked = {}
    for key, value in record.items():
        if key == "age":
            checked[key] = check_age(value)
        else:
            checked[key] = value
    return checked

records = [{"name": "ann", "age": 30}, {"name": "bob", "age": 41}, {"name": "cy", "age": -2}]
for r in records:
    try:
        print("valid", validate(r))
    except ValidationError as e:
        print("invalid", e, "field", e.field)
print("now without a handler")
validate({"name": "dee", "age": "old"})
print("never printed")
