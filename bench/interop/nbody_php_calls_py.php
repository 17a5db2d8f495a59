<?php
// n-body composed: PHP drives, the hot function (one step of advance) is Python's, and
// the bodies are Python lists PHP reads through adapters.  Prints what nbody.py prints.
$nbody = compile_py_func_global(<<<'PY'
def step(bodies, dt):
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bi[3] -= dx * bj[6] * mag
            bi[4] -= dy * bj[6] * mag
            bi[5] -= dz * bj[6] * mag
            bj[3] += dx * bi[6] * mag
            bj[4] += dy * bi[6] * mag
            bj[5] += dz * bi[6] * mag
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]
PY);
$m = import_py_mod("nbody");     // the mono Python module beside this file, for its data
$bodies = $m->make_bodies();
$m->offset_momentum($bodies);
printf("%.9f\n", $m->energy($bodies));
for ($i = 0; $i < 20000; $i++) {
    $nbody($bodies, 0.01);
}
printf("%.9f\n", $m->energy($bodies));
