"""`pip install ./embed`: the polyvm package, with the shared libraries built in ../build.

The libraries (build/libpolyvm-*.so from `./polyvm build --shared`) are copied into the
package, so the installed package runs without the repository; the repository's path is
recorded too, so a package imported where no copied library holds a language still finds a
later build there.
"""
import glob
import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)


class BuildWithLibraries(build_py):
    def run(self):
        build_py.run(self)
        target = os.path.join(self.build_lib, "polyvm")
        for library in glob.glob(os.path.join(REPOSITORY, "build", "libpolyvm-*.so")):
            shutil.copy(library, target)
        with open(os.path.join(target, "_origin.py"), "w") as f:
            f.write('"""Written by setup.py: the repository the package was installed from."""\n'
                    "REPOSITORY = %r\n" % REPOSITORY)


setup(
    name="polyvm",
    version="0.1.0",
    description="Run polyvm's languages (Python, Lox ...) with their JIT inside CPython",
    packages=["polyvm"],
    python_requires=">=3.8",
    install_requires=["cffi>=1.15"],
    cmdclass={"build_py": BuildWithLibraries},
)
