"""M/M/c/c in SimPy, the same model as mmcc-engine.ts. Args: requests c."""
import json, random, sys, time
import simpy

requests = int(float(sys.argv[1])) if len(sys.argv) > 1 else 5_000_000
c = int(sys.argv[2]) if len(sys.argv) > 2 else 100
lam, mean_service = 1.0, 100.0  # per ms, ms
t0 = time.perf_counter()
random.seed(1)
env = simpy.Environment()
state = {"busy": 0, "blocked": 0}

def serve(env):
    yield env.timeout(random.expovariate(1.0 / mean_service))
    state["busy"] -= 1

def source(env):
    for _ in range(requests):
        yield env.timeout(random.expovariate(lam))
        if state["busy"] < c:
            state["busy"] += 1
            env.process(serve(env))
        else:
            state["blocked"] += 1

env.process(source(env))
env.run()
print(json.dumps({"requests": requests, "blocked": state["blocked"] / requests, "innerMs": (time.perf_counter() - t0) * 1000}))
