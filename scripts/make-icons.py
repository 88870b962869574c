#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the application icon from resources/icons/outbox-doctor.svg into the files that
the desktops want, and writes them beside the SVG (they are committed; run this again after
changing the SVG):

    outbox-doctor-48.png   48 px, the freedesktop hicolor fallback and the window icon
    outbox-doctor.ico      Windows: 16, 24, 32, 48, 64 and 256 px, PNG-compressed entries
    outbox-doctor.icns     macOS: 16 to 1024 px (icp4..ic10), PNG-compressed entries

Needs rsvg-convert (Debian: librsvg2-bin). Usage: scripts/make-icons.py
"""
import pathlib
import struct
import subprocess
import sys

ICONS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "outbox-doctor.svg"


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                           "--keep-aspect-ratio", "--format", "png", str(SVG)],
                          check=True, stdout=subprocess.PIPE).stdout


def ico(sizes) -> bytes:
    # ICONDIR, then one ICONDIRENTRY per image, then the PNG data (Vista+ reads PNG entries).
    images = [render(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


def icns(types) -> bytes:
    # 'icns' + total length, then (type, length incl. 8-byte header, PNG data) chunks.
    body = b""
    for code, size in types:
        data = render(size)
        body += code + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    (ICONS / "outbox-doctor-48.png").write_bytes(render(48))
    (ICONS / "outbox-doctor.ico").write_bytes(ico([16, 24, 32, 48, 64, 256]))
    (ICONS / "outbox-doctor.icns").write_bytes(icns([
        (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
        (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
