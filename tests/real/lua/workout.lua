-- a broad workout of the Lua VM and libraries
local t = {}
for i = 1, 20000 do t[i] = (i * 7919) % 10007 end
table.sort(t)
local s = 0
for i, v in ipairs(t) do s = s + v * i end
print("sort sum", s)
-- strings
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words+1] = w:upper() end
print(table.concat(words, ","))
print(("hello world"):gsub("o", "0"), ("%5.2f|%-8s|%x|%q"):format(math.pi, "ab", 255, "a\nb"))
print(string.rep("ab", 5, "-"), ("abc"):byte(1, -1), utf8.char(72, 228, 8364))
-- floats and integers
print(1/3, 2^53, math.sqrt(2), 7 // 2, -7 // 2, 7 % -3, -7.5 % 2, 3 | 5, 6 & 3, 1 << 62, math.maxinteger + 1 == math.mininteger)
print(math.floor(-3.5), math.ceil(-3.5), math.fmod(7, 3), math.tointeger(3.0), 0.1 + 0.2, 1e308 * 10, -(0/0) ~= -(0/0))
print(string.format("%.17g %.3e %g", 1/7, 12345.6789, 1e-10))
-- closures, varargs, metatables
local function counter() local n = 0 return function(...) n = n + select("#", ...) return n end end
local c = counter(); c(1,2,3); print("counter", c(nil, nil))
local V = setmetatable({}, {__index = function(_, k) return k * 2 end, __call = function(_, x) return x + 1 end})
print(V[21], V(41))
-- coroutines
local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
print(co(1), co(10))
-- error handling
print(select("#", pcall(function() error({code = 42}) end)), select(2, pcall(function() error({code = 42}) end)).code)
print(select(2, pcall(error, "boom")))
-- gc and big tables
local big = {}
for i = 1, 100000 do big[i] = {i, tostring(i)} end
collectgarbage()
print(#big, big[99999][2], collectgarbage("count") > 0)
-- string.pack
print(#string.pack("i4d", 7, 2.5), string.unpack("i4", string.pack("i4", -2)))
-- recursion
local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end
print("fib", fib(25))
