"""Draws Sourcelight's toolbar icon (a quote mark lit by a beam) as PNGs with only the standard library.
Run once; the PNGs are committed under public/icon/."""
import math, struct, zlib, sys

def png(size, pixels):
    raw = b''.join(b'\x00' + bytes(row) for row in pixels)
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def draw(size):
    ss = 4  # supersampling
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    u = (x + (sx + .5) / ss) / size
                    v = (y + (sy + .5) / ss) / size
                    color = shade(u, v)
                    if color:
                        for i in range(4): acc[i] += color[i]
            n = ss * ss
            a = acc[3] / n
            row += [int(acc[0] / max(1, acc[3]) * 255) if a else 0, int(acc[1] / max(1, acc[3]) * 255) if a else 0,
                    int(acc[2] / max(1, acc[3]) * 255) if a else 0, int(a * 255)]
        rows.append(row)
    return rows

def segment_distance(px, py, ax, ay, bx, by):
    t = max(0, min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    return math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay))

def shade(u, v):
    dx, dy = u - .5, v - .5
    r = math.hypot(dx, dy)
    if r > .48: return None
    # deep blue disc with an amber beam wedge from the lower left
    angle = math.atan2(-(v - .85), u - .15)
    if .2 < angle < .75 and r < .48:
        return (0.98, 0.76, 0.25, 1)
    # two quote marks
    for cx in (.42, .62):
        if math.hypot(u - cx, v - .40) < .07 or segment_distance(u, v, cx + .05, .42, cx - .05, .60) < .03:
            return (1, 1, 1, 1)
    return (0.05, 0.27, 0.55, 1)

for size in (16, 32, 48, 128):
    with open(f'{sys.argv[1]}/{size}.png', 'wb') as f:
        f.write(png(size, draw(size)))
