#!/usr/bin/python3
"""PyTorch peer of bench/src/main/java/io/github/vecnet/bench/MlpStepBenchmark.java.

One training step (zero_grad, forward, loss, backward, Adam step) for the three MLPs of the nn issue, CPU,
single-threaded. Prints the median and quartiles of ms/step over several timed rounds.

Run (Debian's python3-torch):
    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/pytorch/mlp_step.py
Without OPENBLAS_NUM_THREADS=1 OpenBLAS starts extra threads and a step can take 20x longer on a busy machine.
"""
import argparse
import statistics
import sys
import time

try:
    import torch
except ImportError as missing:
    sys.exit(f"mlp_step.py needs PyTorch ({missing}); on Debian: apt-get install -y python3-torch, "
             "then run it with /usr/bin/python3")

CONFIGS = {
    # name: (widths, hidden activation, output activation, batch, dtype, loss)
    "a_784_256_256_10_f32_b256": ([784, 256, 256, 10], torch.nn.ReLU, None, 256, torch.float32, "ce"),
    "b_10_64x3_1_sigmoid_f32_b1024": ([10, 64, 64, 64, 1], torch.nn.Sigmoid, torch.nn.Sigmoid, 1024, torch.float32,
                                      "mse"),
    "c_1_32x4_1_relu_f64_b20": ([1, 32, 32, 32, 32, 1], torch.nn.ReLU, None, 20, torch.float64, "mse"),
}


def build(widths, hidden, output, dtype):
    layers = []
    for i in range(len(widths) - 1):
        layers.append(torch.nn.Linear(widths[i], widths[i + 1]))
        if i + 2 < len(widths):
            layers.append(hidden())
        elif output is not None:
            layers.append(output())
    return torch.nn.Sequential(*layers).to(dtype)


def measure(name, rounds, seconds):
    widths, hidden, output, batch, dtype, loss_name = CONFIGS[name]
    torch.manual_seed(42)
    net = build(widths, hidden, output, dtype)
    opt = torch.optim.Adam(net.parameters(), lr=1e-4)
    x = torch.rand(batch, widths[0], dtype=dtype) * 2 - 1
    if loss_name == "ce":
        y = torch.randint(0, widths[-1], (batch,))
        loss_fn = torch.nn.CrossEntropyLoss()
    else:
        y = torch.rand(batch, widths[-1], dtype=dtype)
        loss_fn = torch.nn.MSELoss()

    def step():
        opt.zero_grad()
        loss = loss_fn(net(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    # warm-up
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        step()
    results = []
    for _ in range(rounds):
        n = 0
        start = time.perf_counter()
        while True:
            step()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        results.append(1000.0 * elapsed / n)
    results.sort()
    q = statistics.quantiles(results, n=4) if len(results) >= 2 else [results[0]] * 3
    print(f"{name:32s} median {statistics.median(results):9.4f} ms/step   (q1 {q[0]:.4f}, q3 {q[2]:.4f}, "
          f"{rounds} rounds of {seconds:g} s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("configs", nargs="*", default=list(CONFIGS))
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}")
    for name in args.configs:
        measure(name, args.rounds, args.seconds)


if __name__ == "__main__":
    main()
