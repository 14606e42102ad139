/* A Lua C module for the dynamically linked Lua test: loaded with dlopen by
 * `require`, it calls back into the Lua API exported by the executable
 * (-Wl,-E), so the guest's ld.so resolves symbols both ways. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "lua.h"
#include "lauxlib.h"

/* fnv1a(s): 64-bit FNV-1a of a string, as an integer */
static int l_fnv1a(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    lua_pushinteger(L, (lua_Integer)h);
    return 1;
}

/* hypot_sum(t): sum of hypot over pairs in an array (libm through the PLT) */
static int l_hypot_sum(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    double sum = 0;
    for (lua_Integer i = 1; i + 1 <= n; i += 2) {
        lua_geti(L, 1, i);
        lua_geti(L, 1, i + 1);
        sum += hypot(lua_tonumber(L, -2), lua_tonumber(L, -1));
        lua_pop(L, 2);
    }
    lua_pushnumber(L, sum);
    return 1;
}

/* map(f, t): a new table of f(v) for each v of t (Lua called from C) */
static int l_map(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 2);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_pushvalue(L, 1);
        lua_geti(L, 2, i);
        lua_call(L, 1, 1);
        lua_seti(L, -2, i);
    }
    return 1;
}

static int l_fmt(lua_State *L)
{
    char buf[128];
    snprintf(buf, sizeof(buf), "%.6g|%08.3f|%s", luaL_checknumber(L, 1),
             luaL_checknumber(L, 1), luaL_optstring(L, 2, "-"));
    lua_pushstring(L, buf);
    return 1;
}

static const luaL_Reg funcs[] = {
    { "fnv1a", l_fnv1a }, { "hypot_sum", l_hypot_sum }, { "map", l_map }, { "fmt", l_fmt },
    { NULL, NULL },
};

int luaopen_xmod(lua_State *L)
{
    luaL_newlib(L, funcs);
    lua_pushstring(L, "xmod 1.0");
    lua_setfield(L, -2, "version");
    return 1;
}
