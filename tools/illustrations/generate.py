#!/usr/bin/env python3
"""Generate the HipFlex exercise illustrations (two-panel SVGs: start and end position).

Every figure is built from the same skeleton (same segment lengths, same stroke widths) and
posed by joint angles or by placing a hand or foot and solving the two-link limb.
Standard library only. Run:  python3 tools/illustrations/generate.py  (from the project root)

Angle convention (degrees, screen coordinates, y down): 0 = pointing down, 90 = pointing right,
180 = pointing up, 270 (or -90) = pointing left.  D(a) = (sin a, cos a).
Side-view figures face right.  Knee flexion = thigh angle - shin angle (must be >= 0);
elbow flexion = forearm angle - upper-arm angle.
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "src", "main", "resources", "static", "images", "exercises")

# ---------------------------------------------------------------- style
DARK = "#2b2f33"    # figure, near side
GREY = "#9aa0a6"    # figure, far side
PROP = "#6b7178"    # chairs, bench, band, weight
GROUNDC = "#b9bec4" # ground line, mat
ACCENT = "#0b5cad"  # tint (translucent) and arrow (solid)
DIVIDER = "#d5d9de"

W_LIMB = 8          # arms, legs, feet
W_TORSO = 13        # trunk (side view)
W_TINT = 16
TINT_OPACITY = 0.35
TINT_OFF = 4.5      # tint band centre, px from the bone line (most of it shows beside the limb)
W_ARROW = 3
W_PROP = 4

# ---------------------------------------------------------------- proportions (px)
HEAD_R = 11
NECK = 20.5         # shoulder point to head centre
TORSO = 54          # hip to shoulder point
THIGH = 44
SHIN = 42
FOOT = 14
UARM = 30
FARM = 30           # forearm including hand

G = 222             # ground line y
MAT_T = 4           # mat thickness
PANEL = 240


# ---------------------------------------------------------------- geometry
def D(a):
    r = math.radians(a)
    return (math.sin(r), math.cos(r))


def ang(v):
    return math.degrees(math.atan2(v[0], v[1]))


def add(p, v, s=1.0):
    return (p[0] + v[0] * s, p[1] + v[1] * s)


def sub(p, q):
    return (p[0] - q[0], p[1] - q[1])


def dist(p, q):
    return math.hypot(p[0] - q[0], p[1] - q[1])


def unit(v):
    n = math.hypot(v[0], v[1]) or 1.0
    return (v[0] / n, v[1] / n)


def lerp(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def norm180(a):
    a = (a + 180.0) % 360.0 - 180.0
    return a


def ik(a, b, l1, l2, sign):
    """Two-link chain from a towards b. sign=+1 puts the middle joint on the 'anterior'
    (counter-clockwise from a->b) side, like a knee; -1 like an elbow.  Returns (mid, end)."""
    d = dist(a, b)
    d = min(max(d, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    base = ang(sub(b, a))
    c = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, c))))
    mid = add(a, D(base + sign * alpha), l1)
    end = add(mid, unit(sub(b, mid)), l2)
    return mid, end


def solve(f, lo, hi, n=60):
    """Bisection: root of f in [lo, hi] (f(lo) and f(hi) of opposite sign)."""
    mark = len(WARN)
    flo = f(lo)
    for _ in range(n):
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
    del WARN[mark:]
    return (lo + hi) / 2


WARN = []


def warn(msg):
    WARN.append(msg)


# ---------------------------------------------------------------- SVG elements
def n1(v):
    s = "%.1f" % v
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


class El:
    """One SVG element; geometry kept as numbers so a panel can be shifted."""

    def __init__(self, layer, tag, pts=(), attrs="", **kw):
        self.layer, self.tag, self.pts, self.attrs, self.kw = layer, tag, list(pts), attrs, kw

    def svg(self, dx):
        P = [(x + dx, y) for x, y in self.pts]
        a = self.attrs
        if self.tag == "polyline":
            if len(P) == 2:
                (x1, y1), (x2, y2) = P
                return '<line x1="%s" y1="%s" x2="%s" y2="%s" %s/>' % (n1(x1), n1(y1), n1(x2), n1(y2), a)
            return '<polyline points="%s" %s/>' % (" ".join("%s,%s" % (n1(x), n1(y)) for x, y in P), a)
        if self.tag == "polygon":
            return '<polygon points="%s" %s/>' % (" ".join("%s,%s" % (n1(x), n1(y)) for x, y in P), a)
        if self.tag == "circle":
            (x, y), = P
            return '<circle cx="%s" cy="%s" r="%s" %s/>' % (n1(x), n1(y), n1(self.kw["r"]), a)
        if self.tag == "rect":  # axis-aligned, given by centre, w, h, rx
            (x, y), = P
            w, h, rx = self.kw["w"], self.kw["h"], self.kw.get("rx", 0)
            s = '<rect x="%s" y="%s" width="%s" height="%s"' % (n1(x - w / 2), n1(y - h / 2), n1(w), n1(h))
            if rx:
                s += ' rx="%s"' % n1(rx)
            return s + " %s/>" % a
        if self.tag == "path":  # kw["cmds"]: list of (letter, [points], extra-before-points)
            out = []
            i = 0
            for letter, npts, extra in self.kw["cmds"]:
                seg = P[i:i + npts]
                i += npts
                out.append(letter + " ".join([extra] * bool(extra) + ["%s %s" % (n1(x), n1(y)) for x, y in seg]))
            return '<path d="%s" %s/>' % ("".join(out), a)
        raise ValueError(self.tag)


def line(layer, pts, color, width, extra=""):
    return El(layer, "polyline", pts, 'stroke="%s" stroke-width="%s"%s' % (color, n1(width), extra))


# layers
L_GROUND, L_PROP_BACK, L_FAR, L_BODY, L_NEAR, L_PROP_FRONT, L_TINT, L_ARROW = range(8)


# ---------------------------------------------------------------- the figure
class Fig:
    """A figure rooted at the pelvis.  Side view by default (hw = sw = 0, far side grey);
    front view with hip/shoulder half-widths (both sides dark)."""

    def __init__(self, hip, torso=180.0, head=0.0, head_abs=None, hw=0.0, sw=0.0, tl=1.0, front=False):
        self.P, self.t, self.front = hip, torso, front
        self.S = add(hip, D(torso), TORSO * tl)
        ha = head_abs if head_abs is not None else torso + head
        self.Hd = add(self.S, D(ha), NECK * (1 if tl >= 1 else 0.5 + 0.5 * tl))
        self.hip = {"n": add(hip, D(torso + 90), hw), "f": add(hip, D(torso - 90), hw)}
        self.sho = {"n": add(self.S, D(torso + 90), sw), "f": add(self.S, D(torso - 90), sw)}
        self.legs, self.arms = {}, {}
        self.halo = {}

    @classmethod
    def from_shoulder(cls, S, torso, **kw):
        return cls(add(S, D(torso), -TORSO * kw.get("tl", 1.0)), torso, **kw)

    # ---- limbs
    def leg(self, side, thigh=None, shin=None, flex=None, ankle=None, knee=None, foot=None, df=0.0,
            sign=1, ls=1.0, ss=1.0, fs=1.0, halo=None):
        H = self.hip[side]
        lt, lsn = THIGH * ls, SHIN * ss
        if ankle is not None:
            K, A = ik(H, ankle, lt, lsn, sign)
            if dist(A, ankle) > 0.6:
                warn("leg %s cannot reach ankle target (short by %.1f)" % (side, dist(A, ankle)))
        elif knee is not None:
            K = knee
            A = add(K, D(shin), lsn)
        else:
            K = add(H, D(thigh), lt)
            if shin is None:
                shin = thigh - (flex or 0)
            A = add(K, D(shin), lsn)
        ta, sa = ang(sub(K, H)), ang(sub(A, K))
        if foot is None:
            fa = sa + 90
        elif foot == "flat":
            fa = 90
        elif isinstance(foot, tuple) and foot[0] == "toe":
            c = (foot[1] - A[1]) / (FOOT * fs)
            if abs(c) > 1:
                warn("leg %s: toe cannot reach y=%.1f" % (side, foot[1]))
            fa = math.degrees(math.acos(max(-1, min(1, c))))
        else:
            fa = foot
        fa += df
        T = add(A, D(fa), FOOT * fs)
        self.legs[side] = dict(H=H, K=K, A=A, T=T, thigh=ta, shin=sa, foot=fa)
        if halo is not None and halo is not False:
            self.halo["leg" + side] = halo
        if not self.front:
            fl = norm180(ta - sa)
            if fl < -1:
                warn("leg %s: knee hyperextended (%.0f deg)" % (side, fl))
        return self

    def arm(self, side, upper=None, fore=None, flex=None, hand=None, sign=-1, halo=None):
        S = self.sho[side]
        if hand is not None:
            E, W = ik(S, hand, UARM, FARM, sign)
            if dist(W, hand) > 0.6:
                warn("arm %s cannot reach hand target (short by %.1f)" % (side, dist(W, hand)))
        else:
            E = add(S, D(upper), UARM)
            if fore is None:
                fore = upper + (flex or 0)
            W = add(E, D(fore), FARM)
        ua, fa = ang(sub(E, S)), ang(sub(W, E))
        if not self.front and norm180(fa - ua) < -1:
            warn("arm %s: elbow hyperextended" % side)
        self.arms[side] = dict(S=S, E=E, W=W, upper=ua, fore=fa)
        if halo is None and (side == "n" or self.front):
            halo = 0.45          # separate the arm from the trunk it crosses
        if halo is not None and halo is not False:
            self.halo["arm" + side] = halo
        return self

    # ---- drawing
    def items(self):
        out = []
        cols = {"n": DARK, "f": DARK if self.front else GREY}
        lay = {"n": L_NEAR, "f": L_NEAR if self.front else L_FAR}
        for side in ("f", "n"):
            if side in self.legs:
                g = self.legs[side]
                pts = [g["H"], g["K"], g["A"], g["T"]]
                if "leg" + side in self.halo:
                    out.append(halo_line(lay[side], pts, self.halo["leg" + side]))
                out.append(line(lay[side], pts, cols[side], W_LIMB))
            if side in self.arms:
                a = self.arms[side]
                pts = [a["S"], a["E"], a["W"]]
                ly = lay[side] + (0.5 if self.front else 0)
                if "arm" + side in self.halo:
                    out.append(halo_line(ly, pts, self.halo["arm" + side]))
                out.append(line(ly, pts, cols[side], W_LIMB))
        if self.front:
            quad = [self.sho["n"], self.sho["f"], self.hip["f"], self.hip["n"]]
            out.append(El(L_BODY, "polygon", quad, 'fill="%s" stroke="%s" stroke-width="%s"'
                          % (DARK, DARK, W_LIMB)))
        else:
            out.append(line(L_BODY, [self.P, self.S], DARK, W_TORSO))
        out.append(El(L_BODY, "circle", [self.Hd], 'fill="%s"' % DARK, r=HEAD_R))
        return out

    # ---- points along segments, offset sideways
    def torso_pt(self, t, off, side="n"):
        base = lerp(self.hip[side], self.sho[side], t)
        return add(base, D(self.t - 90), off)       # +off = anterior

    def thigh_pt(self, side, t, off):
        g = self.legs[side]
        return add(lerp(g["H"], g["K"], t), D(g["thigh"] + 90), off)   # +off = anterior

    # ---- tinted muscle regions
    def hipflex(self, side):
        g = self.legs[side]
        hip_front = add(g["H"], unit(add(D(self.t - 90), D(g["thigh"] + 90))), TINT_OFF)
        return tint([self.torso_pt(0.32, TINT_OFF, side), hip_front, self.thigh_pt(side, 0.55, TINT_OFF)])

    def quads(self, side):
        return tint([self.thigh_pt(side, 0.15, TINT_OFF), self.thigh_pt(side, 0.85, TINT_OFF)])

    def glute(self, side="n"):
        g = self.legs[side]
        back = add(g["H"], unit(add(D(self.t + 90), D(g["thigh"] - 90))), TINT_OFF + 1)
        return tint([self.torso_pt(0.22, -TINT_OFF - 0.5, side), back, self.thigh_pt(side, 0.38, -TINT_OFF)])

    def adductor(self, side, medial):
        """medial: +1 if the inner side is the anterior (+90) side of the thigh direction."""
        g = self.legs[side]
        return tint([add(lerp(g["H"], g["K"], t), D(g["thigh"] + 90 * medial), TINT_OFF - 1)
                     for t in (0.08, 0.75)])


def halo_line(layer, pts, start):
    """White outline under a limb, beginning `start` of the way along its polyline (in segments:
    1.5 = halfway down the second segment), so the limb reads where it crosses the trunk."""
    i = int(start)
    first = lerp(pts[i], pts[i + 1], start - i)
    rest = pts[i + 1:]
    last = add(rest[-1], unit(sub(rest[-1], ([first] + rest)[-2])), -2.5)   # no white rim at the tip
    return line(layer, [first] + rest[:-1] + [last], "#fff", W_LIMB + 4)


def tint(pts):
    return line(L_TINT, pts, ACCENT, W_TINT, ' opacity="%s"' % TINT_OPACITY)


# ---------------------------------------------------------------- arrows and props
def _head(tip, direction, layer=L_ARROW):
    u = unit(direction)
    n = (-u[1], u[0])
    b = add(tip, u, -10)
    return El(layer, "polygon", [tip, add(b, n, 5.5), add(b, n, -5.5)], 'fill="%s"' % ACCENT)


def _arrow_attr():
    return 'stroke="%s" stroke-width="%s"' % (ACCENT, W_ARROW)


def arrow(p0, p1, bulge=0.0, both=False):
    """Straight (bulge 0) or quadratic-curve arrow from p0 to p1; bulge bends it to the left of
    the direction of travel (negative: right)."""
    u = unit(sub(p1, p0))
    n = (u[1], -u[0])
    c = add(lerp(p0, p1, 0.5), n, bulge)
    e1 = add(p1, unit(sub(p1, c)), -7)
    e0 = add(p0, unit(sub(p0, c)), -7) if both else p0
    out = [El(L_ARROW, "path", [e0, c, e1], _arrow_attr(), cmds=[("M", 1, ""), ("Q", 2, "")]),
           _head(p1, sub(p1, c))]
    if both:
        out.append(_head(p0, sub(p0, c)))
    return out


def arc_arrow(c, r, a0, a1, both=False, ry=None):
    """Arrow along a circular (or elliptical) arc around c from angle a0 to a1 (our convention)."""
    ry = ry or r

    def pt(a):
        d = D(a)
        return (c[0] + r * d[0], c[1] + ry * d[1])

    def tan(a, s):  # direction of travel at a, s = +1 increasing angle
        r_ = math.radians(a)
        return (s * r * math.cos(r_), -s * ry * math.sin(r_))

    s = 1 if a1 > a0 else -1
    trim = math.degrees(7.0 / r)
    b0 = a0 + s * trim if both else a0
    b1 = a1 - s * trim
    large = 1 if abs(b1 - b0) > 180 else 0
    sweep = 0 if s > 0 else 1
    out = [El(L_ARROW, "path", [pt(b0), pt(b1)], _arrow_attr(),
              cmds=[("M", 1, ""), ("A", 1, "%s %s 0 %d %d" % (n1(r), n1(ry), large, sweep))]),
           _head(pt(a1), tan(a1, s))]
    if both:
        out.append(_head(pt(a0), tan(a0, -s)))
    return out


def ground(x0=10, x1=230):
    return [line(L_GROUND, [(x0, G), (x1, G)], GROUNDC, 2)]


def mat(x0=14, x1=226):
    return [El(L_GROUND, "rect", [((x0 + x1) / 2, G - MAT_T / 2)], 'fill="%s"' % GROUNDC,
               w=x1 - x0, h=MAT_T, rx=2)]


def chair(x_back, facing=1, seat_h=46, back_h=88, depth=40, layer=L_PROP_BACK, back=True):
    """Side view of a chair: back post at x_back, seat extending `facing` (+1 right, -1 left)."""
    xf = x_back + facing * depth
    ys = G - seat_h
    out = [line(layer, [(xf, G), (xf, ys), (x_back, ys)], PROP, W_PROP)]
    if back:
        out.append(line(layer, [(x_back, G), (x_back, G - back_h)], PROP, W_PROP))
    else:
        out.append(line(layer, [(x_back, G), (x_back, ys)], PROP, W_PROP))
    return out


def bench(x0, x1, h, layer=L_PROP_BACK):
    y = G - h
    return [line(layer, [(x0 + 6, G), (x0 + 6, y)], PROP, W_PROP),
            line(layer, [(x1 - 6, G), (x1 - 6, y)], PROP, W_PROP),
            El(layer, "rect", [((x0 + x1) / 2, y + 1)], 'fill="%s"' % PROP, w=x1 - x0, h=8, rx=2.5)]


def cushion(x, w=28, h=8):
    return [El(L_PROP_BACK, "rect", [(x, G - h / 2)], 'fill="%s" stroke="%s" stroke-width="1.5"'
               % (GROUNDC, PROP), w=w, h=h, rx=3.5)]


def ankle_weight(fig, side):
    g = fig.legs[side]
    c = lerp(g["A"], g["K"], 0.14)
    u, v = D(g["shin"]), D(g["shin"] + 90)       # along and across the shin
    pts = [add(add(c, u, a * 3), v, b * 5.5) for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    return [El(L_PROP_FRONT, "polygon", pts, 'fill="%s" stroke="%s" stroke-width="4"' % (PROP, PROP))]


# ---------------------------------------------------------------- document
def svg_doc(title, left, right):
    els = sorted([(e.layer, i, e, 0) for i, e in enumerate(left)] +
                 [(e.layer, 1000 + i, e, PANEL) for i, e in enumerate(right)], key=lambda t: (t[0], t[1]))
    body = "\n".join(e.svg(dx) for _, _, e, dx in els)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 240" role="img">\n'
            "<title>%s</title>\n"
            '<line x1="240" y1="14" x2="240" y2="226" stroke="%s" stroke-width="1"/>\n'
            '<g fill="none" stroke-linecap="round" stroke-linejoin="round">\n%s\n</g>\n</svg>\n'
            % (title, DIVIDER, body))


# ================================================================= exercises
EXERCISES = []


def exercise(slug, title):
    def deco(fn):
        EXERCISES.append((slug, title, fn))
        return fn
    return deco


STAND_Y = G - 4 - THIGH - SHIN      # hip height when standing straight
FOOT_Y = G - 4                      # ankle centre with the foot flat on the ground
MAT_Y = G - MAT_T                   # top of the mat
LIE_Y = MAT_Y - W_TORSO / 2         # trunk centre line when lying on the mat
HEAD_LIFT = -math.degrees(math.asin((HEAD_R - W_TORSO / 2) / NECK))   # head resting on the floor


def standing(x, torso=180.0, **kw):
    return Fig((x, STAND_Y), torso, **kw)


def stand_feet(f, x, spread=4):
    f.leg("f", ankle=(x - spread / 2, FOOT_Y), foot="flat")
    f.leg("n", ankle=(x + spread / 2, FOOT_Y), foot="flat")
    return f


# ---------------------------------------------------------------- 1
@exercise("standing-hip-flexion", "Standing hip flexion")
def ex_standing_hip_flexion():
    panels = []
    for end in (0, 1):
        f = stand_feet(standing(122), 122, 6)
        if end:
            f.leg("n", thigh=90, flex=88)
        f.arm("f", hand=(102, STAND_Y))
        f.arm("n", upper=6, flex=12)
        it = chair(102, -1, back_h=86) + ground() + f.items() + ankle_weight(f, "n") + [f.hipflex("n")]
        if end:
            k = f.legs["n"]["K"]
            it += arrow((k[0] + 8, FOOT_Y - 10), (k[0] + 24, k[1] - 2), bulge=14)
        panels.append(it)
    return panels


# ---------------------------------------------------------------- lunges
def lunge_pose(hx, front="f", back="n", hip_y=None, back_knee_y=G - 9, torso=180.0):
    """Deep lunge: front shin vertical, back knee just off the floor, trunk upright."""
    hy = hip_y if hip_y is not None else FOOT_Y - SHIN - 1
    f = Fig((hx, hy), torso)
    f.leg(front, ankle=(hx + THIGH - 1, FOOT_Y), foot="flat")
    dy = back_knee_y - hy
    dx = math.sqrt(max(THIGH ** 2 - dy ** 2, 0))
    K = (hx - dx, back_knee_y)

    def toe_gap(s):   # back foot: on the toes, foot nearly vertical
        A = add(K, D(s), SHIN)
        return A[1] + FOOT * math.cos(math.radians(18)) - FOOT_Y
    s = solve(toe_gap, -150, -91)
    f.leg(back, knee=K, shin=s, foot=18)
    return f


def lunge_arms(f, swing=0):
    f.arm("f", upper=-4 + swing, flex=14)
    f.arm("n", upper=4 - swing, flex=14)
    return f


@exercise("forward-lunge", "Forward lunge")
def ex_forward_lunge():
    a = lunge_arms(stand_feet(standing(84), 84))
    b = lunge_arms(lunge_pose(128))
    st = ground() + a.items() + [a.hipflex("n")]
    en = ground() + b.items() + [b.hipflex("n"), b.quads("f")]
    A, h = b.legs["f"]["A"], b.P
    en += arrow((h[0] + 16, h[1] - 52), (A[0] + 18, G - 24), bulge=16)
    return [st, en]


# ---------------------------------------------------------------- bridges
def bridge(sx, lift, feet_dx=52):
    """Supine figure, head left.  lift=0: lying, knees bent; lift=1: hips up so shoulder, hip
    and knee are in line."""
    S = (sx, LIE_Y)
    ankle = (sx + TORSO + feet_dx, FOOT_Y - MAT_T)

    def build(t):
        f = Fig.from_shoulder(S, t, head_abs=270 + HEAD_LIFT)
        f.leg("n", ankle=ankle, foot="flat").leg("f", ankle=(ankle[0] - 3, ankle[1]), foot="flat")
        return f

    if not lift:
        return build(270)
    t = solve(lambda t: norm180(build(t).legs["n"]["thigh"] - (t - 180)), 270.5, 330)
    return build(t)


def floor_arms(f):
    S = f.S
    dy = MAT_Y - 4 - S[1]
    hand = (S[0] + math.sqrt((UARM + FARM - 0.1) ** 2 - dy ** 2), MAT_Y - 4)   # straight, on the mat
    f.arm("n", hand=hand, halo=False).arm("f", hand=hand)
    return f


def up_arrow(f, length=30):
    h = f.P
    return arrow((h[0], h[1] - 13), (h[0], h[1] - 13 - length))


@exercise("glute-bridge", "Glute bridge")
def ex_glute_bridge():
    a = floor_arms(bridge(60, 0))
    b = floor_arms(bridge(60, 1))
    st = ground() + mat() + a.items() + [a.glute()]
    en = ground() + mat() + b.items() + [b.glute()] + up_arrow(b)
    return [st, en]


@exercise("marching-bridge", "Marching bridge")
def ex_marching_bridge():
    a = floor_arms(bridge(60, 1))
    b = floor_arms(bridge(60, 1))
    af = a.legs["n"]["A"]
    b.leg("n", thigh=180, flex=92, df=-10)
    st = ground() + mat() + a.items() + [a.glute("f")]
    en = ground() + mat() + b.items() + [b.glute("f"), b.hipflex("n")]
    A = b.legs["n"]["A"]
    en += arrow((af[0] + 20, MAT_Y - 14), (A[0] + 14, A[1] + 4), bulge=8)
    return [st, en]


@exercise("single-leg-bridge", "Single-leg bridge")
def ex_single_leg_bridge():
    out = []
    for lift in (0, 1):
        f = floor_arms(bridge(56, lift))
        th = f.legs["f"]["thigh"]
        f.leg("n", thigh=th, flex=0, foot=th + 75)
        it = ground() + mat() + f.items() + [f.glute("f")]
        if lift:
            it += up_arrow(f)
        out.append(it)
    return out


# ---------------------------------------------------------------- 6
@exercise("split-squat", "Split squat")
def ex_split_squat():
    b = lunge_arms(lunge_pose(112))
    fa, bk = b.legs["f"]["A"], b.legs["n"]
    hx = 108
    hy = solve(lambda y: dist((hx, y), fa) - (THIGH + SHIN - 3), 100, 175)
    a = Fig((hx, hy), 180)
    a.leg("f", ankle=fa, foot="flat")
    a.leg("n", ankle=bk["A"], foot=bk["foot"])
    lunge_arms(a)
    st = ground() + a.items() + [a.hipflex("n"), a.quads("f")]
    en = ground() + b.items() + [b.hipflex("n"), b.quads("f")]
    en += arrow((b.P[0] - 34, a.P[1] - 20), (b.P[0] - 34, b.P[1] - 6))
    return [st, en]


# ---------------------------------------------------------------- 7
@exercise("straight-leg-raise", "Straight leg raise")
def ex_straight_leg_raise():
    out = []
    for end in (0, 1):
        f = floor_arms(bridge(52, 0))
        f.leg("f", ankle=(f.P[0] + 56, FOOT_Y - MAT_T), foot="flat")
        if end:
            kf = f.legs["f"]["K"]
            a = math.degrees(math.asin((f.P[1] - kf[1]) / (THIGH + SHIN)))
            f.leg("n", thigh=90 + a, flex=0, foot=180 + a - 10)
        else:
            f.leg("n", ankle=(f.P[0] + THIGH + SHIN, MAT_Y - 4), foot=175)
        it = ground() + mat() + f.items() + [f.hipflex("n")]
        if end:
            it += arc_arrow(f.P, THIGH + SHIN + 16, 93, 114)
        out.append(it)
    return out


# ---------------------------------------------------------------- 8
def band_loop(f):
    pts = [lerp(f.legs[s]["A"], f.legs[s]["T"], 0.5) for s in ("f", "n")]
    u = unit(sub(pts[1], pts[0])) if dist(*pts) > 2 else (1, 0)
    nrm = (-u[1], u[0])
    p = [add(add(pts[0], u, -3), nrm, 5), add(add(pts[1], u, 3), nrm, 5),
         add(add(pts[1], u, 3), nrm, -5), add(add(pts[0], u, -3), nrm, -5)]
    return [El(L_PROP_FRONT, "polygon", p, 'stroke="%s" stroke-width="2"' % PROP)]


@exercise("banded-psoas-march", "Banded psoas march")
def ex_banded_psoas_march():
    out = []
    for end in (0, 1):
        f = floor_arms(Fig.from_shoulder((60, LIE_Y), 270, head_abs=270 + HEAD_LIFT))
        if end:
            f.leg("n", thigh=212, flex=96).leg("f", thigh=150, flex=78)
        else:
            f.leg("n", thigh=180, flex=90).leg("f", thigh=177, flex=88)
        it = ground() + mat() + f.items() + band_loop(f) + [f.hipflex("n")]
        if end:
            it += arc_arrow(f.P, 62, 186, 224)
        out.append(it)
    return out


# ---------------------------------------------------------------- 9
@exercise("seated-knee-lift", "Seated knee lift")
def ex_seated_knee_lift():
    out = []
    seat_y = G - 46
    for end in (0, 1):
        f = Fig((96, seat_y - 6), 180)
        f.leg("f", ankle=(96 + 44, FOOT_Y), foot="flat")
        if end:
            f.leg("n", ankle=(96 + 47, FOOT_Y - 16), foot=92)
        else:
            f.leg("n", ankle=(96 + 47, FOOT_Y), foot="flat")
        f.arm("n", hand=(112, seat_y - 8)).arm("f", hand=(110, seat_y - 8))
        it = chair(62, 1) + ground() + f.items() + [f.hipflex("n")]
        if end:
            A = f.legs["n"]["A"]
            it += arrow((A[0] + 26, FOOT_Y + 1), (A[0] + 26, FOOT_Y - 28))
        out.append(it)
    return out


# ---------------------------------------------------------------- 10
def plank(sx, knee=False):
    fy = MAT_Y

    def build(t):
        f = Fig.from_shoulder((sx, fy - 4 - UARM - FARM), t, head=4)
        f.leg("f", thigh=t - 180, flex=0, foot=t - 180 + 75)
        f.leg("n", thigh=t - 180, flex=0, foot=t - 180 + 75)
        return f

    t = solve(lambda t: build(t).legs["n"]["T"][1] - (fy - 4), 95, 130)
    f = build(t)
    f.arm("n", upper=0, flex=0).arm("f", upper=0, flex=0)
    if knee:
        f.leg("n", thigh=62, flex=140, foot=-62)
    return f


@exercise("mountain-climbers", "Mountain climbers")
def ex_mountain_climbers():
    a = plank(176)
    b = plank(176, knee=True)
    st = ground() + mat() + a.items() + [a.hipflex("n")]
    en = ground() + mat() + b.items() + [b.hipflex("n")]
    A = b.legs["n"]["A"]
    en += arrow((A[0] - 62, MAT_Y - 8), (A[0] - 12, MAT_Y - 8))
    return [st, en]


# ---------------------------------------------------------------- 11
COP_BENCH = (148, 224, 44)          # x0, x1, height


def copenhagen(lift):
    """Front view of a side plank on the near forearm, top knee on a bench (short lever).
    Side 'n' = bottom (floor) side, side 'f' = top side."""
    _, x1, bh = COP_BENCH
    knee = (164, G - bh - 3 - 4)
    elbow_y = MAT_Y - 4
    hw, sw = 7, 9

    def make(t, th):
        hip_f = add(knee, D(th), -THIGH)
        P = add(hip_f, D(t + 90), hw)
        return Fig(P, t, hw=hw, sw=sw, front=True)

    if lift:   # body in one line: thigh continues the trunk
        t = solve(lambda t: make(t, t - 180).sho["n"][1] + UARM - elbow_y, 262, 300)
        f = make(t, t - 180)
    else:      # hips resting on the mat, trunk side-bent
        def hips_down(t):
            return solve(lambda th: make(t, th).hip["n"][1] - (MAT_Y - 5), 91, 175)
        t = solve(lambda t: make(t, hips_down(t)).sho["n"][1] + UARM - elbow_y, 268, 200)
        f = make(t, hips_down(t))
    # top leg: knee on the bench, lower leg lying on it (seen end-on: a short stub)
    f.leg("f", knee=knee, shin=92, ss=0.28, foot=92, fs=0.01)
    f.legs["f"]["K"] = knee
    f.legs["f"]["thigh"] = ang(sub(knee, f.hip["f"]))
    hn = f.hip["n"]
    if lift:
        target = (x1 - 14, G - bh + 9)
        f.leg("n", thigh=ang(sub(target, hn)), flex=0, foot=None, fs=0.55)
    else:
        f.leg("n", thigh=ang(sub((hn[0] + 90, MAT_Y - 4), hn)), flex=0, foot=None, fs=0.55)
    sb = f.sho["n"]
    f.arms["n"] = dict(S=sb, E=(sb[0], elbow_y), W=(sb[0] + 22, elbow_y))
    f.arm("f", upper=180, fore=180, halo=False)
    f.halo["legn"] = 0.2
    return f


@exercise("copenhagen-adduction", "Copenhagen adduction (short lever)")
def ex_copenhagen():
    out = []
    x0, x1, bh = COP_BENCH
    for lift in (0, 1):
        f = copenhagen(lift)
        it = bench(x0, x1, bh) + ground() + mat() + f.items() + [f.adductor("f", -1)]
        if lift:
            hn = f.legs["n"]["A"]
            hf = f.hip["f"]
            it += arrow((hn[0] - 6, MAT_Y - 6), (hn[0] - 6, hn[1] + 9))
            it += arrow((hf[0] - 4, hf[1] - 12), (hf[0] - 4, hf[1] - 38))
        out.append(it)
    return out


# ---------------------------------------------------------------- 12
def half_kneel(hx, shift=0.0):
    cush = 8
    knee_y = G - cush - 4
    K = (hx - 2, knee_y)
    hip = (hx + shift, knee_y - math.sqrt(THIGH ** 2 - (shift + 2) ** 2))
    f = Fig(hip, 180 - shift * 0.4)
    shin_end = (K[0] - SHIN, FOOT_Y - 1)
    f.leg("n", knee=K, shin=ang(sub(shin_end, K)), foot=-95)
    f.legs["n"]["thigh"] = ang(sub(K, f.hip["n"]))
    f.leg("f", ankle=(hx + THIGH + 2, FOOT_Y), foot="flat")
    return f, K


@exercise("kneeling-hip-flexor-stretch", "Kneeling hip flexor stretch")
def ex_kneeling_stretch():
    out = []
    for end in (0, 1):
        f, K = half_kneel(100, 8 if end else 0)
        f.arm("f", hand=f.thigh_pt("f", 0.5, 7))
        if end:
            f.arm("n", upper=194, flex=4)
        else:
            f.arm("n", upper=4, flex=16)
        it = cushion(K[0]) + ground() + f.items() + [f.hipflex("n")]
        if end:
            h = f.P
            it += arc_arrow((h[0] - 2, h[1] + 2), 24, -132, -60)
        out.append(it)
    return out


# ---------------------------------------------------------------- 13
def butterfly(end):
    fy = MAT_Y
    P = (120, fy - 11)
    f = Fig(P, 180, hw=12, sw=17, tl=0.8 if end else 1.0, front=True)
    knee_y = fy - (15 if end else 31)
    for s, sg in (("n", -1), ("f", 1)):
        knee = (P[0] + sg * (57 if end else 52), knee_y)
        f.leg(s, knee=knee, shin=0)
        L = f.legs[s]
        L["K"], L["A"], L["T"] = knee, (P[0] + sg * 8, fy - 5), (P[0] + sg * 4, fy - 17)
        L["thigh"] = ang(sub(knee, L["H"]))
        L["shin"] = ang(sub(L["A"], knee))
        f.halo["leg" + s] = 1.3
        f.arm(s, hand=(P[0] + sg * 9, fy - 13), sign=(-1 if s == "n" else 1))
    return f


@exercise("butterfly-stretch", "Butterfly stretch")
def ex_butterfly():
    out = []
    for end in (0, 1):
        f = butterfly(end)
        it = ground() + mat() + f.items() + [f.adductor("n", 1), f.adductor("f", -1)]
        if end:
            for s, sg in (("n", -1), ("f", 1)):
                k = f.legs[s]["K"]
                it += arrow((k[0] + sg * 8, k[1] - 42), (k[0] + sg * 8, k[1] - 14))
        out.append(it)
    return out


# ---------------------------------------------------------------- 14
def barre(x_post, x_end, h, layer=L_PROP_BACK):
    y = G - h
    return [line(layer, [(x_post, G), (x_post, y), (x_end, y)], PROP, W_PROP)]


@exercise("leg-swings", "Leg swings")
def ex_leg_swings():
    out = []
    for end in (0, 1):
        f = standing(120, torso=181 if end else 179)
        f.leg("f", ankle=(120, FOOT_Y), foot="flat")
        if end:
            f.leg("n", thigh=52, flex=8, df=-12)
        else:
            f.leg("n", thigh=-28, flex=22, df=-30)
        f.arm("f", hand=(112, STAND_Y - 2))
        f.arm("n", upper=-12 if end else 14, flex=20)
        it = barre(78, 150, G - STAND_Y + 2) + ground() + f.items() + [f.hipflex("n")]
        if end:
            it += arc_arrow(f.P, 66, -36, 50, both=True)
        out.append(it)
    return out


# ---------------------------------------------------------------- 15
@exercise("easy-jog", "Easy jog")
def ex_easy_jog():
    out = []
    for end in (0, 1):
        if not end:   # mid-stance on the near leg, far leg swinging through
            f = Fig((116, STAND_Y + 4), 174)
            f.leg("n", ankle=(119, FOOT_Y), foot="flat")
            f.leg("f", thigh=10, flex=100, df=-10)
            f.arm("n", upper=-6, flex=84).arm("f", upper=6, flex=84)
        else:         # flight: far leg reaching forward, near leg trailing
            f = Fig((116, STAND_Y - 3), 174)
            f.leg("f", thigh=36, flex=44, df=-6)
            f.leg("n", thigh=-22, flex=64, df=-25)
            f.arm("n", upper=22, flex=76).arm("f", upper=-30, flex=86)
        it = ground() + f.items() + [f.hipflex("f")]
        if end:
            it += arrow((158, 70), (218, 70))
        out.append(it)
    return out


# ---------------------------------------------------------------- 16
@exercise("walking-lunge", "Walking lunge")
def ex_walking_lunge():
    a = lunge_arms(lunge_pose(112, front="f", back="n"))
    b = lunge_arms(lunge_pose(120, front="n", back="f"))
    st = ground() + a.items() + [a.hipflex("n"), a.quads("f")]
    en = ground() + b.items() + [b.hipflex("f"), b.quads("n")]
    A = b.legs["n"]["A"]
    en += arrow((30, G - 12), (A[0] + 2, G - 24), bulge=34)
    return [st, en]


# ---------------------------------------------------------------- 17, 18
def knee_up(lift, stance, x=120, toes_up=False, hop=True):
    f = Fig((x, STAND_Y - (1 if hop else 0)), 178 if hop else 180)
    f.leg(lift, thigh=90, flex=95 if hop else 90, df=(12 if toes_up else -22))
    if hop:
        f.leg(stance, ankle=(x - 2, FOOT_Y - 4), foot=("toe", FOOT_Y))
    else:
        f.leg(stance, ankle=(x, FOOT_Y), foot="flat")
    return f


@exercise("high-knees", "High knees")
def ex_high_knees():
    out = []
    for end in (0, 1):
        lift, stance = ("f", "n") if end else ("n", "f")
        f = knee_up(lift, stance)
        f.arm(stance, upper=50, flex=74).arm(lift, upper=-34, flex=86)
        it = ground() + f.items() + [f.hipflex(lift)]
        if end:
            k = f.legs[lift]["K"]
            it += arrow((k[0] + 24, k[1] + 40), (k[0] + 24, k[1] + 2))
        out.append(it)
    return out


@exercise("a-march", "A-march")
def ex_a_march():
    out = []
    for end in (0, 1):
        lift, stance = ("f", "n") if end else ("n", "f")
        f = knee_up(lift, stance, toes_up=True, hop=False)
        f.arm(stance, upper=70, flex=80).arm(lift, upper=-40, flex=80)
        it = ground() + f.items() + [f.hipflex(lift)]
        if end:
            k = f.legs[lift]["K"]
            it += arrow((k[0] + 24, k[1] + 40), (k[0] + 24, k[1] + 2))
        out.append(it)
    return out


# ---------------------------------------------------------------- 19
@exercise("reverse-lunge", "Reverse lunge")
def ex_reverse_lunge():
    a = lunge_arms(stand_feet(standing(150), 150))
    b = lunge_arms(lunge_pose(150 - THIGH + 1))
    st = ground() + a.items() + [a.hipflex("n")]
    en = ground() + b.items() + [b.hipflex("n"), b.quads("f")]
    h, T = b.P, b.legs["n"]["T"]
    en += arrow((h[0] - 14, h[1] - 30), (T[0] - 8, G - 28), bulge=-14)
    return [st, en]


# ---------------------------------------------------------------- 20
def wall(x, layer=L_PROP_BACK):
    return [line(layer, [(x, G), (x, 30)], PROP, 6)]


@exercise("standing-hip-flexor-stretch", "Standing hip flexor stretch")
def ex_standing_stretch():
    out = []
    back_ankle = (62, FOOT_Y)
    front_ankle = (138, FOOT_Y)
    wx = 170
    for end in (0, 1):
        hx = 118 if end else 106
        hy = solve(lambda y: dist((hx, y), back_ankle) - (THIGH + SHIN) + 0.01, 100, 175)
        if end:
            hy += 3
        f = Fig((hx, hy), 178)
        f.leg("f", ankle=front_ankle, foot="flat")
        if end:
            f.leg("n", thigh=ang(sub((back_ankle[0] + 4, FOOT_Y - 7), (hx, hy))), flex=0,
                  foot=("toe", FOOT_Y))
        else:
            f.leg("n", ankle=back_ankle, foot="flat")
        hand = (wx - 7, f.S[1] + 8)
        f.arm("f", hand=(hand[0], hand[1] - 3)).arm("n", hand=hand)
        it = wall(wx + 3) + ground() + f.items() + [f.hipflex("n")]
        if end:
            it += arrow((hx - 46, hy - 6), (hx - 16, hy - 6))
        out.append(it)
    return out


# ================================================================= main
def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for slug, title, fn in EXERCISES:
        if only and slug not in only:
            continue
        WARN.clear()
        left, right = fn()
        doc = svg_doc(title, left, right)
        path = os.path.join(OUT, slug + ".svg")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(doc)
        print("%-30s %5d bytes %s" % (slug, len(doc.encode()), "; ".join(WARN)))


if __name__ == "__main__":
    main()
