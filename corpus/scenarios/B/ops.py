"""The cast of operations (fixed), their sizes, members and times vary with the seed."""
import ops1
import ops2
import ops3

# hosting ranges shared by two separate operations (indices into World.hosting)
HOST_EU_SHARED = 9    # Grey Heron and Thin Thread
HOST_ASIA_SHARED = 7  # Jade Compass and Glass Orchard


def build_operations(world):
    reseller = world.resellers[0]   # Palm Chorus and Red Envelope Line (and ordinary customers)
    cast = [
        ops1.op_tinted_ink(world),
        ops1.op_saffron_echo(world),
        ops1.op_grey_heron(world, HOST_EU_SHARED),
        ops1.op_loop_relay(world),
        ops2.op_palm_chorus(world, reseller),
        ops2.op_quiet_lattice(world),
        ops2.op_thin_thread(world, HOST_EU_SHARED),
        ops2.op_jade_compass(world, HOST_ASIA_SHARED),
        ops2.op_glass_orchard(world, HOST_ASIA_SHARED),
        ops3.op_borrowed_lamp(world),
        ops3.op_red_envelope(world, reseller),
        ops3.op_paper_shield(world),
        ops3.op_night_ledger(world),
    ]
    out = []
    for i, op in enumerate(cast):
        out.append(op.truth("net-%02d" % (i + 1)))
    return out
