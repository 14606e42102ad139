-- The C module xmod.so through require (dlopen, dlsym, callbacks into the
-- executable's Lua API), and package.loadlib errors.
package.cpath = "./?.so"
local x = require "xmod"
print(x.version, x.fnv1a("hello"), x.fnv1a(string.rep("xrun", 1000)))
local pts = {}
for i = 1, 200 do pts[#pts + 1] = i * 0.5; pts[#pts + 1] = 100 / i end
print(string.format("%.10f", x.hypot_sum(pts)))
local sq = x.map(function(v) return v * v + 1 end, {1, 2, 3, 4, 5})
print(table.concat(sq, ","))
print(x.fmt(math.pi, "pi"), x.fmt(-1e10))
local f, err, where = package.loadlib("./nonexistent.so", "luaopen_nothing")
print(f, where)
local g, err2, where2 = package.loadlib("./xmod.so", "luaopen_missing")
print(g, where2)
print(pcall(x.map, 1, {}))
