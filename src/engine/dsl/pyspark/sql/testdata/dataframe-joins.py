# Joins written with DataFrame columns, as PySpark tutorials write them (issue #7).
# dataframe-joins.expected.txt is what PySpark 3.5 prints for this program: written out by hand
# from PySpark 3.5's behaviour (its join doctests, Dataset.join's self-join handling, the error
# classes) and checked line by line, not captured from a PySpark run (none is available here).
import re
from pyspark.sql import functions as F

emp = spark.createDataFrame(
    [(1, "Ann", 10, 3000), (2, "Bob", 20, 4000), (3, "Cid", 10, 3500), (4, "Dee", 30, 5000)],
    ["id", "name", "dept_id", "salary"])
dept = spark.createDataFrame([(10, "Sales"), (20, "IT"), (40, "HR")], ["dept_id", "name"])
loc = spark.createDataFrame([(10, "Paris"), (20, "Oslo")], ["dept_id", "city"])

def fails(f):
    # The error's class and the start of its message: attribute ids differ between runs, and
    # Flint does not print the operator Spark names after "missing from ...".
    try:
        f()
        print("no error")
    except Exception as e:
        text = re.sub(r"#\d+L?", "#N", str(e).split("\n")[0])
        for end in (" It's probably", " in operator", ". Attribute(s)"):
            text = text.split(end)[0]
        print(type(e).__name__ + ": " + text.rstrip("."))

j = emp.join(dept, emp.dept_id == dept.dept_id)
j.orderBy(emp.id).show()
print(j.columns)
j.select(emp.name, dept.name.alias("dept"), emp.salary).orderBy(emp.salary.desc()).show()
emp.join(dept, emp.dept_id == dept.dept_id, "left").select(emp.name, dept.name).orderBy(emp.name).show()
emp.join(dept, emp.dept_id == dept.dept_id, "full").select(emp.id, dept.dept_id).orderBy(emp.id, dept.dept_id).show()
j.drop(dept.dept_id).orderBy("id").show()
j.filter(emp.salary > 3200).select(emp.id).orderBy(emp.id).show()
j.groupBy(dept.name).agg(F.avg(emp.salary).alias("avg_salary"), F.count(emp.id).alias("n")).orderBy(dept.name).show()
emp.join(dept, (emp.dept_id == dept.dept_id) & (emp.salary > 3200)).select(emp.name, dept.name).orderBy(emp.name).show()
j.join(loc, emp.dept_id == loc.dept_id).select(emp.name, dept.name, loc.city).orderBy(emp.name).show()
j.withColumn("bonus", emp.salary * 0.1).select("id", "bonus").orderBy("id").show()

# Self-joins: with aliases, and the same DataFrame on both sides.
e1, e2 = emp.alias("e1"), emp.alias("e2")
e1.join(e2, F.col("e1.dept_id") == F.col("e2.dept_id")).where(F.col("e1.id") < F.col("e2.id")) \
    .select(F.col("e1.name").alias("a"), F.col("e2.name").alias("b")).show()
print(emp.join(emp, emp.id == emp.id).count())

# Mistakes.
fails(lambda: j.select("name").collect())
fails(lambda: emp.join(emp, emp.id == emp.id).select(emp.name).collect())
fails(lambda: emp.select(dept.name).collect())
print(repr(emp.salary * 2), repr(dept["name"]))
