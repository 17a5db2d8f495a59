"""Python 3 on the polyvm kit."""
NAME = "python"
EXTENSIONS = [".py"]
