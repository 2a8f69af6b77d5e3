#!/usr/bin/env python3
"""Draws the app's icons (a white pulse line on Vigil's teal) as PNG with the standard library only.

Run from the module: python3 src/build/make-icons.py. The PNGs are committed; this keeps them reproducible.
The background fills the whole square so the icons also serve as "maskable" (the pulse stays in the safe zone).
"""
import math
import struct
import zlib

TEAL = (11, 110, 105)
WHITE = (255, 255, 255)
# the pulse, in units of the icon's size, inside the central 60 % (the maskable safe zone)
PULSE = [(0.22, 0.52), (0.38, 0.52), (0.45, 0.34), (0.55, 0.70), (0.62, 0.46), (0.66, 0.52), (0.78, 0.52)]


def distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def icon(size):
    half_width = size * 0.035
    points = [(x * size, y * size) for x, y in PULSE]
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            d = min(distance(x + 0.5, y + 0.5, *points[i], *points[i + 1]) for i in range(len(points) - 1))
            a = max(0.0, min(1.0, half_width + 0.5 - d))  # one pixel of anti-aliasing
            row += bytes(round(TEAL[c] * (1 - a) + WHITE[c] * a) for c in range(3))
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


for size in (192, 512):
    with open(f"src/main/webapp/icons/icon-{size}.png", "wb") as f:
        f.write(icon(size))
