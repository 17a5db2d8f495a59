import unittest


class Plain(unittest.TestCase):
    def test_ok(self):
        self.assertIn(3, [1, 2, 3])

    def test_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        sorted([1, "a"])

    @unittest.skip("later")
    def test_later(self):
        pass

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    def tearDown(self):
        self.log.append("tearDown")

    def test_log(self):
        self.assertEqual(self.log, ["setUpClass"])

    def test_none(self):
        self.assertIsNone(0)


if __name__ == "__main__":
    unittest.main()
