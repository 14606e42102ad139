local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end
local t0 = fib(24)
local s = {}
for i = 1, 50000 do s[#s+1] = tostring(i):rep(2) end
local joined = table.concat(s)
local cnt = select(2, joined:gsub("12", ""))
local t = {}
for i = 1, 60000 do t[i] = math.sin(i) * 1000 // 1 end
table.sort(t)
print(t0, cnt, t[1], t[#t])
