#!/usr/bin/env python3
"""Times commands in alternating single runs, for the start-up benchmarks (startup.sh, compare.sh, pairs.sh).

The machine's speed drifts within a minute, so each round runs every command once, the order reversed
every other round: a round is a second or so long, and a ratio taken per round compares runs made under
nearly the same conditions. Two unmeasured runs of each command come first (a launcher records its
class-data archive on its first run).

    bench/alternate.py ROUNDS OUT.json NAME COMMAND [NAME COMMAND ...]

COMMAND is split as a shell would split it (no expansion); leading NAME=VALUE words set the environment of
that command only. Standard output of the commands is discarded; a command that fails stops the run.
OUT.json gets {"NAME": [seconds per round, ...], ...}.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import time


def parse(command):
    """The argument list and environment of a command written as NAME=VALUE ... PROGRAM ARGS."""
    words = shlex.split(command)
    env = dict(os.environ)
    while words and re.match(r"[A-Za-z_][A-Za-z0-9_]*=", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    return words, env


def run(argv, env):
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main(args):
    if len(args) < 4 or len(args) % 2:
        sys.exit("usage: bench/alternate.py ROUNDS OUT.json NAME COMMAND [NAME COMMAND ...]")
    rounds, out = int(args[0]), args[1]
    commands = {args[i]: parse(args[i + 1]) for i in range(2, len(args), 2)}
    for argv, env in commands.values():
        run(argv, env)
        run(argv, env)
    times = {name: [] for name in commands}
    for i in range(rounds):
        names = list(commands) if i % 2 == 0 else list(reversed(commands))
        for name in names:
            times[name].append(run(*commands[name]))
    with open(out, "w", encoding="utf-8") as file:
        json.dump(times, file)


if __name__ == "__main__":
    main(sys.argv[1:])
