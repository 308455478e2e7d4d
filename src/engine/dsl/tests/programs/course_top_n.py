import random
random.seed(0)
nums = [random.randint(1, 1000) for _ in range(20)]
print(nums)
print(sorted(nums, reverse=True)[:3], sorted(nums)[:3], sum(nums) // len(nums))
