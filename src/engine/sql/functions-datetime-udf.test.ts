/**
 * Date/time functions added for the pyspark.sql doctests (values as Spark 3.5 gives them)
 * and session UDFs bound through the catalog.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../catalog';
import { IntegerType } from '../types';
import { prettyCell } from '../dataframe';

const one = (sql: string, tz = 'UTC') => {
  const s = createSqlSession();
  s.sql(`SET spark.sql.session.timeZone=${tz}`);
  return s.sql(sql).toGoldenStrings();
};

describe('date/time functions', () => {
  it('truncates dates and timestamps', () => {
    expect(one("SELECT trunc(DATE'1997-02-28', 'year'), trunc(DATE'1997-02-28', 'mon'), trunc(DATE'2024-05-16', 'week'), trunc(DATE'1997-02-28', 'day')"))
      .toEqual(['1997-01-01\t1997-02-01\t2024-05-13\tNULL']);
    expect(one("SELECT date_trunc('quarter', TIMESTAMP'1997-05-28 05:02:11'), date_trunc('HOUR', TIMESTAMP'1997-02-28 05:02:11.5')"))
      .toEqual(['1997-04-01 00:00:00\t1997-02-28 05:00:00']);
  });

  it('months_between rounds to 8 digits unless told not to', () => {
    expect(one("SELECT months_between('1997-02-28 10:30:00', '1996-10-30'), months_between('1997-02-28 10:30:00', '1996-10-30', false), months_between('2020-03-31', '2020-02-29')"))
      .toEqual(['3.94959677\t3.9495967741935485\t1.0']);
  });

  it('shifts between zones, resolving short ids as Java does', () => {
    expect(one("SELECT from_utc_timestamp('1997-02-28 10:30:00', 'PST'), to_utc_timestamp('1997-02-28 10:30:00', 'JST'), from_utc_timestamp('2020-01-01 00:00:00', '+05:30')"))
      .toEqual(['1997-02-28 02:30:00\t1997-02-28 01:30:00\t2020-01-01 05:30:00']);
    expect(one("SELECT convert_timezone('America/Los_Angeles', 'Asia/Hong_Kong', TIMESTAMP_NTZ'2015-04-08 00:00:00')"))
      .toEqual(['2015-04-08 15:00:00']);
  });

  it('builds timestamps from parts, null when invalid', () => {
    expect(one('SELECT make_timestamp(2014, 12, 28, 6, 30, 45.887, \'CET\'), make_timestamp_ntz(2014, 12, 28, 6, 30, 45.887), make_timestamp(2019, 6, 30, 23, 59, 60), make_timestamp(2019, 2, 30, 1, 1, 1)', 'America/Los_Angeles'))
      .toEqual(['2014-12-27 21:30:45.887\t2014-12-28 06:30:45.887\t2019-07-01 00:00:00\tNULL']);
  });

  it('converts to unix units and names days and months', () => {
    expect(one("SELECT unix_seconds(TIMESTAMP'2015-07-22 10:00:00'), unix_millis(TIMESTAMP'1969-12-31 23:59:59.9991'), dayname(DATE'2015-04-08'), monthname(DATE'2015-04-08'), current_timezone()", 'America/Los_Angeles'))
      .toEqual(['1437584400\t28799999\tWed\tApr\tAmerica/Los_Angeles']);
    // Floor division before the epoch.
    expect(one("SELECT unix_millis(TIMESTAMP'1969-12-31 23:59:59.9991'), unix_seconds(TIMESTAMP'1969-12-31 23:59:59.5')")).toEqual(['-1\t-1']);
  });

  it('extracts seconds with their fraction', () => {
    const s = createSqlSession();
    const r = s.sql("SELECT extract(SECOND FROM TIMESTAMP'2015-04-08 13:08:15.25'), date_part('s', TIMESTAMP'2015-04-08 13:08:15')");
    expect(r.schemaString()).toBe('struct<extract(SECOND FROM TIMESTAMP \'2015-04-08 13:08:15.25\'):decimal(8,6),date_part(s, TIMESTAMP \'2015-04-08 13:08:15\'):decimal(8,6)>');
    expect(r.toGoldenStrings()).toEqual(['15.250000\t15.000000']);
  });

  it('RESET key restores one setting', () => {
    const s = createSqlSession();
    s.sql('SET spark.sql.session.timeZone=Asia/Tokyo');
    s.sql('SET a.b=1');
    s.sql('RESET spark.sql.session.timeZone');
    expect(s.sql('SET spark.sql.session.timeZone').toGoldenStrings()).toEqual(['spark.sql.session.timeZone\t<undefined>']);
    expect(s.sql('SET a.b').toGoldenStrings()).toEqual(['a.b\t1']);
  });

  it('like/ilike/equal_null as functions', () => {
    expect(one("SELECT like('Spark', '_park'), ilike('Spark', '_PARK'), like('%SystemDrive%/Users/John', '/%SystemDrive/%//Users%', '/'), equal_null(NULL, NULL), equal_null(1, NULL)"))
      .toEqual(['true\ttrue\ttrue\ttrue\tfalse']);
  });
});

describe('higher-order functions over maps and struct edits', () => {
  it('map_filter, transform_keys/values, map_zip_with, zip_with, reduce', () => {
    expect(one("SELECT map_filter(map('a', 1, 'b', 5), (k, v) -> v > 2), transform_keys(map(1, 'x'), (k, v) -> k + 10), transform_values(map('a', 1), (k, v) -> concat(k, v))"))
      .toEqual(['{"b":5}\t{11:"x"}\t{"a":"a1"}']);
    expect(one("SELECT map_zip_with(map('a', 1, 'b', 2), map('b', 3, 'c', 4), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)), zip_with(array(1, 2, 3), array('a'), (x, y) -> concat(x, y)), reduce(array(1, 2, 3), 0, (acc, x) -> acc + x, acc -> acc * 10)"))
      .toEqual(['{"a":1,"b":5,"c":4}\t["1a",null,null]\t60']);
  });

  it('array_sort with a comparator, lambda fields', () => {
    expect(one("SELECT array_sort(array('bb', 'a', 'ccc'), (l, r) -> length(r) - length(l)), aggregate(array(1.0D, 3.0D), named_struct('n', 0, 's', 0.0D), (acc, x) -> named_struct('n', acc.n + 1, 's', acc.s + x), acc -> acc.s / acc.n)"))
      .toEqual(['["ccc","bb","a"]\t2.0']);
  });

  it('adds, replaces and drops (nested) struct fields', () => {
    const s = createSqlSession();
    const r = s.sql("SELECT __with_field(named_struct('b', 1, 'c', 2), 'd', 4) AS x, __with_field(named_struct('b', 1, 'e', named_struct('f', 4)), 'e.f', 'z') AS y, __drop_fields(named_struct('b', 1, 'c', 2, 'e', named_struct('f', 4, 'g', 5)), 'b', 'e.g') AS z, named_struct('a', 7)['a'] AS w");
    expect(r.schemaString()).toBe('struct<x:struct<b:int,c:int,d:int>,y:struct<b:int,e:struct<f:string>>,z:struct<c:int,e:struct<f:int>>,w:int>');
    expect(r.toGoldenStrings()).toEqual(['{"b":1,"c":2,"d":4}\t{"b":1,"e":{"f":"z"}}\t{"c":2,"e":{"f":4}}\t7']);
    expect(() => s.sql("SELECT __drop_fields(named_struct('b', 1), 'b')")).toThrow(/CANNOT_DROP_ALL_FIELDS|drop all fields/);
  });
});

describe('JSON functions and row generators', () => {
  it('reads JSON paths, lengths, keys and infers schemas', () => {
    expect(one(`SELECT get_json_object('{"a":{"b":[1,2,{"c":"x"}]}}', '$.a.b[2].c'), get_json_object('{"a":[1,2]}', '$.a'), get_json_object('{"a":1}', '$.z'), json_array_length('[1,[2],3]'), json_object_keys('{"k1":1,"k2":{}}'), schema_of_json('[{"b": 1.5, "a": [1]}]')`))
      .toEqual(['x\t[1,2]\tNULL\t3\t["k1","k2"]\tARRAY<STRUCT<a: ARRAY<BIGINT>, b: DOUBLE>>']);
  });

  it('from_json takes type DDL and gives a row of nulls for a malformed record', () => {
    expect(one(`SELECT from_json('{"a":1}', 'map<string,int>'), from_json('[1,2]', 'array<int>'), from_json('{a:1}', 'a INT'), from_json('{a:1}', 'a INT', map('allowUnquotedFieldNames', 'true'))`))
      .toEqual(['{"a":1}\t[1,2]\t{"a":null}\t{"a":1}']);
  });

  it('json_tuple and stack generate rows', () => {
    expect(one(`SELECT json_tuple('{"f1": "v1", "f2": 2}', 'f1', 'f2', 'f3')`)).toEqual(['v1\t2\tNULL']);
    const s = createSqlSession();
    const r = s.sql('SELECT stack(2, 1, 2, 3)');
    expect(r.schemaString()).toBe('struct<col0:int,col1:int>');
    expect(r.toGoldenStrings()).toEqual(['1\t2', '3\tNULL']);
  });
});

describe('CSV records, number formats, interval arithmetic', () => {
  it('from_csv / to_csv / schema_of_csv', () => {
    expect(one(`SELECT from_csv('1,2,', 'a INT, b INT, c INT'), from_csv('1;"x;y"', 'a INT, s STRING', map('sep', ';')), schema_of_csv('1|a|true|2.5|9999999999', map('sep', '|')), to_csv(named_struct('a', 2, 'b', 'Al,ice', 'c', CAST(NULL AS INT)))`))
      .toEqual(['{"a":1,"b":2,"c":null}\t{"a":1,"s":"x;y"}\tSTRUCT<_c0: INT, _c1: STRING, _c2: BOOLEAN, _c3: DOUBLE, _c4: BIGINT>\t2,"Al,ice",']);
  });

  it('to_number / try_to_number / to_char', () => {
    const s = createSqlSession();
    const r = s.sql("SELECT to_number('$78.12', '$99.99'), try_to_number('77', '$99.99'), to_number('12,454', '99,999'), to_char(78.12, '$99.99'), to_char(12, '0000'), to_char(12454, '99G999'), to_char(123, '99')");
    expect(r.schemaString()).toBe("struct<to_number($78.12, $99.99):decimal(4,2),try_to_number(77, $99.99):decimal(4,2),to_number(12,454, 99,999):decimal(5,0),to_char(78.12, $99.99):string,to_char(12, 0000):string,to_char(12454, 99G999):string,to_char(123, 99):string>");
    expect(r.toGoldenStrings()).toEqual(['78.12\tNULL\t12454\t$78.12\t0012\t12,454\t##']);
    expect(() => s.sql("SELECT to_number('454', '99')").toGoldenStrings()).toThrow(/INVALID_FORMAT|does not match/);
  });

  it('adds, scales and divides intervals; try_ variants give null on division by zero', () => {
    const s = createSqlSession();
    const r = s.sql("SELECT INTERVAL 1 YEAR + INTERVAL 2 MONTH a, make_interval(1) / 3 b, make_interval(0, 3) * 5 c, (INTERVAL '1' DAY) - (INTERVAL '2' HOUR) d, try_divide(make_interval(1), 0) e");
    expect(r.schemaString()).toBe('struct<a:interval year to month,b:interval,c:interval,d:interval day to hour,e:interval>');
    expect(r.toGoldenStrings()).toEqual(['1-2\t4 months\t1 years 3 months\t0 22:00:00.000000000\tNULL']);
  });
});

describe('aes_encrypt / aes_decrypt', () => {
  it('fills Spark defaults in names, round-trips every mode, and try_aes_decrypt gives null on a bad key', () => {
    const s = createSqlSession();
    const r = s.sql("SELECT CAST(aes_decrypt(aes_encrypt('Spark SQL', '0000111122223333'), '0000111122223333') AS STRING), CAST(aes_decrypt(aes_encrypt('Spark', 'abcdefghijklmnop12345678', 'CBC'), 'abcdefghijklmnop12345678', 'CBC') AS STRING), CAST(aes_decrypt(aes_encrypt('x', 'abcdefghijklmnopabcdefghijklmnop', 'ECB', 'PKCS'), 'abcdefghijklmnopabcdefghijklmnop', 'ECB', 'PKCS') AS STRING), try_aes_decrypt(aes_encrypt('x', '0000111122223333'), '0000111122223334'), base64(aes_encrypt('Spark', 'abcdefghijklmnop12345678ABCDEFGH', 'GCM', 'DEFAULT', unhex('000000000000000000000000'), 'This is an AAD mixed into the input'))");
    expect(r.schemaString()).toContain('aes_encrypt(Spark SQL, 0000111122223333, GCM, DEFAULT, , )');
    expect(r.toGoldenStrings()).toEqual(['Spark SQL\tSpark\tx\tNULL\tAAAAAAAAAAAAAAAAQiYi+sTLm7KD9UcZ2nlRdYDe/PX4']);
    expect(() => s.sql("SELECT aes_decrypt(aes_encrypt('x', '0000111122223333'), '0000111122223334')").toGoldenStrings()).toThrow(/AES_CRYPTO_ERROR|Tag mismatch/);
    expect(() => s.sql("SELECT aes_encrypt('x', 'short')").toGoldenStrings()).toThrow(/AES_KEY_LENGTH/);
  });
});

describe('HLL sketches', () => {
  it('estimates small cardinalities exactly and large ones within HLL error', () => {
    const s = createSqlSession();
    expect(s.sql('SELECT hll_sketch_estimate(hll_sketch_agg(x)), hll_sketch_estimate(hll_sketch_agg(CAST(x AS STRING), 5)) FROM VALUES (1), (2), (2), (3), (NULL) AS t(x)').toGoldenStrings()).toEqual(['3\t3']);
    const big = Number(s.sql('SELECT hll_sketch_estimate(hll_sketch_agg(id)) FROM range(20000)').rows[0]![0]);
    expect(Math.abs(big - 20000) / 20000).toBeLessThan(0.05);
    expect(s.sql('SELECT hll_sketch_estimate(hll_union(a, b)) FROM (SELECT hll_sketch_agg(id) a, hll_sketch_agg(id + 3) b FROM range(5))').toGoldenStrings()).toEqual(['8']);
    expect(s.sql('SELECT hll_sketch_estimate(hll_union_agg(sk)) FROM (SELECT hll_sketch_agg(id) sk FROM range(4) UNION ALL SELECT hll_sketch_agg(id) sk FROM range(2, 9))').toGoldenStrings()).toEqual(['9']);
    expect(() => s.sql('SELECT hll_union(hll_sketch_agg(id, 10), hll_sketch_agg(id, 12)) FROM range(3)').toGoldenStrings()).toThrow(/HLL_UNION_DIFFERENT_LG_K/);
    expect(s.sql('SELECT hll_sketch_estimate(hll_union(hll_sketch_agg(id, 10), hll_sketch_agg(id, 12), true)) FROM range(3)').toGoldenStrings()).toEqual(['3']);
    expect(() => s.sql("SELECT hll_sketch_estimate(X'0102')").toGoldenStrings()).toThrow(/HLL_INVALID_INPUT_SKETCH_BUFFER/);
  });
});

describe('XML functions', () => {
  it('evaluates XPath expressions', () => {
    expect(one(`SELECT xpath('<a><b>b1</b><b>b2</b><c>c1</c></a>', 'a/b/text()'), xpath_string('<a><b>b</b><c>cc</c></a>', 'a/c'), xpath_int('<a><b>1</b><b>2</b></a>', 'sum(a/b)'), xpath_double('<a><b>1</b><b>x</b></a>', 'a/b[2]'), xpath_boolean('<a><b>1</b></a>', 'a/c'), xpath('<a><b id="1">x</b><b id="2">y</b></a>', '//b[@id="2"]/text()'), xpath_long('<a><b/><b/></a>', 'count(a/b)')`))
      .toEqual(['["b1","b2"]\tcc\t3\tNaN\tfalse\t["y"]\t2']);
  });

  it('infers schemas, parses and writes records', () => {
    expect(one(`SELECT schema_of_xml('<p><a>1</a><a>2</a><b x="y">t</b><c>1.5</c></p>'), schema_of_xml('<p><a attr="2">1</a></p>', map('excludeAttribute', 'true'))`))
      .toEqual(['STRUCT<a: ARRAY<BIGINT>, b: STRUCT<_VALUE: STRING, _x: STRING>, c: DOUBLE>\tSTRUCT<a: BIGINT>']);
    expect(one(`SELECT from_xml('<p><a>1</a><a>2</a><b x="y">t</b></p>', 'a ARRAY<BIGINT>, b STRUCT<_VALUE: STRING, _x: STRING>, z INT'), to_xml(named_struct('age', 2, 'name', 'Al<i>ce'), map('rowTag', 'person'))`))
      .toEqual(['{"a":[1,2],"b":{"_VALUE":"t","_x":"y"},"z":null}\t<person>\n    <age>2</age>\n    <name>Al&lt;i&gt;ce</name>\n</person>']);
  });
});

describe('bitmaps and reflect', () => {
  it('bitmap positions, construction, union and counts', () => {
    expect(one("SELECT bitmap_bit_position(123), bitmap_bucket_number(123), bitmap_bit_position(-5), bitmap_bucket_number(32769), bitmap_count(X'FF0F')")).toEqual(['122\t1\t5\t2\t12']);
    expect(one('SELECT substring(hex(bitmap_construct_agg(bitmap_bit_position(x))), 1, 6), bitmap_count(bitmap_or_agg(b)) FROM VALUES (1, X\'10\'), (2, X\'20\'), (3, X\'41\') AS t(x, b)')).toEqual(['070000\t4']);
  });

  it('calls the supported static methods; try_reflect gives null where reflect raises', () => {
    expect(one("SELECT reflect('java.util.UUID', 'fromString', 'A5CF6C42-0C85-418F-AF6C-3E4E5B1328F2'), java_method('java.lang.Math', 'max', 2, 3), try_reflect('scala.Predef', 'require', false), try_reflect('java.lang.Integer', 'parseInt', 'x1')"))
      .toEqual(['a5cf6c42-0c85-418f-af6c-3e4e5b1328f2\t3.0\tNULL\tNULL']);
    const s = createSqlSession();
    expect(() => s.sql("SELECT reflect('java.lang.Integer', 'parseInt', 'x1')").toGoldenStrings()).toThrow(/NumberFormatException/);
    expect(() => s.sql("SELECT reflect('java.lang.Nope', 'f')")).toThrow(/UNEXPECTED_CLASS_TYPE/);
  });
});

describe('collection odds and ends', () => {
  it('reverse(array), exists(array, lambda), str_to_map defaults, seeded shuffle', () => {
    const s = createSqlSession();
    const r = s.sql("SELECT reverse(array(2, 1, 3)), reverse('abc'), exists(array(1, -2), x -> x < 0), str_to_map('a:1,b:2'), shuffle(array(1, 2, 3, 4, 5), 7) AS s1, shuffle(array(1, 2, 3, 4, 5), 7) AS s2");
    expect(r.schema.fields.map((f) => f.name).slice(0, 4)).toEqual(['reverse(array(2, 1, 3))', 'reverse(abc)', 'exists(array(1, -2), lambdafunction((namedlambdavariable() < 0), namedlambdavariable()))', 'str_to_map(a:1,b:2, ,, :)']);
    const [row] = r.rows;
    expect(row!.slice(0, 3)).toEqual([[3, 1, 2], 'cba', true]);
    expect(row![4]).toEqual(row![5]);
    expect([...(row![4] as number[])].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('show() of ANSI intervals', () => {
  it('prints day-time and year-month intervals in ANSI style', () => {
    expect(prettyCell(131_401_001_001, { kind: 'daytime', from: 'day', to: 'second' })).toBe("INTERVAL '1 12:30:01.001001' DAY TO SECOND");
    expect(prettyCell(0, { kind: 'daytime', from: 'day', to: 'second' })).toBe("INTERVAL '0 00:00:00' DAY TO SECOND");
    expect(prettyCell(-5_400_000_000, { kind: 'daytime', from: 'minute', to: 'minute' })).toBe("INTERVAL '-90' MINUTE");
    expect(prettyCell(24180, { kind: 'yearmonth', from: 'year', to: 'month' })).toBe("INTERVAL '2015-0' YEAR TO MONTH");
    expect(prettyCell(-14, { kind: 'yearmonth', from: 'month', to: 'month' })).toBe("INTERVAL '-14' MONTH");
  });
});

describe('session UDFs', () => {
  it('binds a registered function, names columns with its display name and sees nulls', () => {
    const s = createSqlSession();
    const seen: unknown[][] = [];
    s.catalog.registerFunction({
      name: '__udf_1', display: '<lambda>', returnType: IntegerType, deterministic: true,
      invoke: (args) => {
        seen.push(args);
        return args[0] === null ? -1 : (args[0] as number) * 2;
      },
    });
    const r = s.sql('SELECT __udf_1(x) FROM VALUES (1), (NULL), (3) AS t(x)');
    expect(r.schemaString()).toBe('struct<<lambda>(x):int>');
    expect(r.toGoldenStrings()).toEqual(['2', '-1', '6']);
    expect(seen).toEqual([[1], [null], [3]]);
    expect(() => s.sql('SELECT nope(1)')).toThrow(/UNRESOLVED_ROUTINE|nope/);
  });
});
