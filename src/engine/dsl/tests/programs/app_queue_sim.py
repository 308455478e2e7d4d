queue = []
log = []
for t in range(10):
    if t % 3 == 0:
        queue.append(f"job{t}")
    if t % 2 == 1 and queue:
        log.append((t, queue.pop(0)))
print(log, queue)
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        print(top + ch, end=" ")
print("balanced" if not stack else "unbalanced")
